// `kg extract`: articles in, graph JSON out (filled in by the extraction stage).
import type { Command } from "./command.js";

export const extractCommand: Command = {
  name: "extract",
  summary: "extract the pairing graph from articles into graph JSON",
  usage: "usage: kg extract <files or folders…> --out graph.json",
  async run() {
    console.error("extract: not built yet");
    return 1;
  },
};
