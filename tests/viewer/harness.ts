// What the viewer's end-to-end tests and benchmark share: building the app, running `kg serve`, launching Chromium.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const KG = join(ROOT, "tests", "viewer", "kg.ts");

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Builds viz/dist with Vite, as `npm run build` does. */
export function buildViewerApp(): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", join(ROOT, "viz", "vite.config.ts"), "--logLevel", "error"],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
}

/** Runs `kg <args>` from source and returns its exit code and output. */
export function runKg(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ["--import", "tsx", KG, ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, stdout, stderr: "" };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

export interface KgServe { url: string; process: ChildProcess; close(): Promise<void> }

/** Starts `kg serve <graph> --port 0` and waits for the URL it prints. */
export function startKgServe(graphPath: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<KgServe> {
  const child = spawn(process.execPath, ["--import", "tsx", KG, "serve", graphPath, "--port", "0", ...extra], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEO4J_URI: "", ...env },
  });
  let out = "", err = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill("SIGTERM"); reject(new Error(`kg serve did not start: ${err}`)); }, 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /viewer at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!, process: child,
          close: () => new Promise<void>((r) => { if (child.exitCode !== null) r(); else { child.once("exit", () => r()); child.kill("SIGTERM"); } }),
        });
      }
    });
    child.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`kg serve exited with ${code}: ${err}`)); });
  });
}

export function launchChromium(): Promise<Browser> {
  // Debian's chromium package; CHROMIUM_PATH points elsewhere when needed. No browser is downloaded.
  return chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `kg-${prefix}-`));
}
