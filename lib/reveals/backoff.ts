const BASE_MS = 1_000;
const CAP_MS = 60_000;

/** Exponential backoff with full jitter; never sooner than the server's Retry-After. */
export function retryDelayMs(attempt: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Track polls: start at the reconcile delay, double each time, at most every 10 minutes. */
export function trackPollDelayMs(polls: number, reconcileAfterMs: number): number {
  return Math.min(10 * 60_000, Math.max(5_000, reconcileAfterMs) * 2 ** polls);
}
