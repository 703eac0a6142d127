// Entry of the `kg` CLI: dispatches to a subcommand and turns errors into a message and an exit code.
import { COMMANDS } from "./commands.js";

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "kg — knowledge graph of the Beijing–Inner Mongolia pairing programme (京蒙协作)",
    "",
    "usage: kg <command> [options]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "kg <command> --help shows a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`kg: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}
