// A progress bar on stderr for long runs; silent when stderr is not a terminal or the run is quiet.
export interface Progress {
  tick(done: number, label?: string): void;
  finish(): void;
}

export function progressBar(total: number, title: string, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled || total < 2) return { tick() {}, finish() {} };
  let last = 0;
  const draw = (done: number, label = "") => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    process.stderr.write(`\r${title} ${bar} ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
  };
  return {
    tick(done, label) {
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      draw(done, label);
    },
    finish() {
      draw(total);
      process.stderr.write("\n");
    },
  };
}
