/** How often a worker posts progress to the page at most: often enough to move a bar, not to flood the page. */
export const PROGRESS_INTERVAL_MS = 50;

/** `report`, called at most once per PROGRESS_INTERVAL_MS whatever it reports on (the first call always goes through). */
export function throttleProgress(report: (fraction: number) => void, now: () => number): (fraction: number) => void {
  let lastReport = -Infinity;
  return (fraction) => {
    const time = now();
    if (time - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = time;
    report(fraction);
  };
}
