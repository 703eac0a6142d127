// Writes schema/graph.schema.json, the JSON Schema of the graph interchange format, from its zod schema.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { GraphDocument } from "../src/graph/index.js";
import { projectRoot } from "../src/gazetteer/index.js";

const schema = { ...z.toJSONSchema(GraphDocument, { io: "input" }), title: "Pairing graph interchange format (ONTOLOGY.md)" };
writeFileSync(join(projectRoot(), "schema", "graph.schema.json"), JSON.stringify(schema, null, 1) + "\n");
console.log("schema: wrote schema/graph.schema.json");
