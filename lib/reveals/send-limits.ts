import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * 60_000;

export type SendLimitReached = { per: "minute" | "day"; limit: number; until: number };

/**
 * Whether the team's own send limits (settings, 0: none) let a request go to Clodura at `now`. Windows roll: a limit
 * of 2,000 a day allows 2,000 in any 24 hours, so it also keeps to a limit Clodura counts per calendar day, whatever
 * its time zone. Reached: which limit, and when the oldest send it counts leaves its window.
 */
export function sendLimitReached(db: Db, now: number): SendLimitReached | null {
  const limits = [
    { per: "day", limit: getSetting(db, "sendsPerDay"), windowMs: DAY_MS },
    { per: "minute", limit: getSetting(db, "sendsPerMinute"), windowMs: MINUTE_MS },
  ] as const;
  for (const { per, limit, windowMs } of limits) {
    if (limit === 0) continue;
    const oldestCounted = db.$client
      .prepare("SELECT sent_at AS sentAt FROM clodura_sends WHERE sent_at > ? ORDER BY sent_at DESC LIMIT 1 OFFSET ?")
      .get(now - windowMs, limit - 1) as { sentAt: number } | undefined;
    if (oldestCounted) return { per, limit, until: oldestCounted.sentAt + windowMs };
  }
  return null;
}

/** Counts a request sent at `now`, and forgets the ones no window counts any more. */
export function recordSend(db: Db, now: number): void {
  db.$client.prepare("INSERT INTO clodura_sends (sent_at) VALUES (?)").run(now);
  db.$client.prepare("DELETE FROM clodura_sends WHERE sent_at <= ?").run(now - DAY_MS);
}
