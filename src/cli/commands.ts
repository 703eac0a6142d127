// The list of `kg` subcommands, one module each.
import type { Command } from "./command.js";
import { extractCommand } from "./extract.js";
import { serveCommand } from "./serve.js";
import { schemaCommand } from "./schema.js";
import { loadCommand } from "./load.js";
import { buildCommand } from "./build.js";
import { queryCommand } from "./query.js";
import { exportCommand } from "./export.js";
import { neo4jCommand } from "./neo4j.js";

export const COMMANDS: Command[] = [extractCommand, serveCommand, schemaCommand, loadCommand, buildCommand, queryCommand, exportCommand, neo4jCommand];
