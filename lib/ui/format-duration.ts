const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A wait as a rep reads it: "under a minute", "about 6 minutes", "about 3 hours", "about 2 days". */
export function formatDuration(ms: number): string {
  const about = (n: number, unit: string) => `about ${n.toLocaleString("en")} ${unit}${n === 1 ? "" : "s"}`;
  if (ms < MINUTE_MS) return "under a minute";
  if (ms < 90 * MINUTE_MS) return about(Math.round(ms / MINUTE_MS), "minute");
  if (ms < 36 * HOUR_MS) return about(Math.round(ms / HOUR_MS), "hour");
  return about(Math.round(ms / DAY_MS), "day");
}
