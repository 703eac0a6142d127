// The list of `kg` subcommands, one module each.
import type { Command } from "./command.js";
import { extractCommand } from "./extract.js";

export const COMMANDS: Command[] = [extractCommand];
