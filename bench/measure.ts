import { readFileSync } from "node:fs";

/** Runs `work` several times and returns the median wall-clock milliseconds (the first run warms the JIT). */
export function medianMs(runs: number, work: () => void): number {
  return sampleMs(runs, 0, work).median;
}

/** Median and slowest of `runs` timed calls, after `warmups` untimed ones (JIT, statement cache, page cache). */
export function sampleMs(runs: number, warmups: number, work: () => void): { median: number; max: number } {
  for (let run = 0; run < warmups; run += 1) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, max: times.at(-1) ?? 0 };
}

/** The middle item of `values` by `key` (the upper one of two for an even count). */
export function medianBy<T>(values: T[], key: (value: T) => number): T {
  return [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;
}

export const ms = (value: number): string => `${Math.round(value).toLocaleString("en")} ms`;

/**
 * Runs `work` and reports the share of all CPUs that other processes used meanwhile (Linux /proc/stat, null elsewhere):
 * on a small VM, a busy neighbour moves the figures more than any query change.
 */
export function withOtherLoad<T>(work: () => T): { result: T; otherLoad: number | null } {
  const before = cpuTicks();
  const own = process.cpuUsage();
  const result = work();
  const after = cpuTicks();
  if (!before || !after || after.total === before.total) return { result, otherLoad: null };
  const ownUsage = process.cpuUsage(own);
  const ownTicks = (ownUsage.user + ownUsage.system) / 10_000; // USER_HZ is 100 on Linux
  const otherBusy = Math.max(0, after.busy - before.busy - ownTicks);
  return { result, otherLoad: otherBusy / (after.total - before.total) };
}

function cpuTicks(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}
