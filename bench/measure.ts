/** Runs `work` several times and returns the median wall-clock milliseconds (the first run warms the JIT). */
export function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export const ms = (value: number): string => `${Math.round(value).toLocaleString("en")} ms`;
