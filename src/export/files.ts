// Writing export files to disk (Node only; the format modules stay free of the file system).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ExportFile } from "./format.js";

/** Writes each file into `dir`; returns the paths written. */
export async function writeExportFiles(dir: string, files: ExportFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.content, "utf8");
    paths.push(path);
  }
  return paths;
}
