// What a `kg` subcommand is: a name, a one-line summary, its usage text, and a run over its arguments.
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}

export class CliError extends Error {
  constructor(message: string) {
    super(`cli: ${message}`);
    this.name = "CliError";
  }
}
