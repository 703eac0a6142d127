// `kg schema`: apply schema/schema.cypher (constraints, indexes, full-text index) to Neo4j, idempotently.
import type { Command } from "./command.js";
import { CONNECTION_FLAGS, CONNECTION_USAGE, connectionFrom, parseFlags } from "./neo4j.js";
import { applySchema, connect, storeOptions } from "../store/index.js";

const usage = `usage: kg schema [connection flags]

Creates the uniqueness constraints, name/code indexes and the cjk full-text index if missing.
${CONNECTION_USAGE}`;

export const schemaCommand: Command = {
  name: "schema",
  summary: "apply the Neo4j constraints and indexes (idempotent)",
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { ...CONNECTION_FLAGS }, "schema", usage);
    const o = storeOptions(connectionFrom(values, "schema"));
    const driver = await connect(o);
    try {
      const s = await applySchema(driver, o.database);
      console.log(`schema: ${s.statements} statements applied to ${o.uri}; ${s.constraintsAdded} constraints and ${s.indexesAdded} indexes added (the rest existed)`);
    } finally {
      await driver.close();
    }
    return 0;
  },
};
