import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";

const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * 60_000;
// Counted a second longer than the window: a request's trip to Clodura takes time, so its count there ends later.
const MARGIN_MS = 1_000;

export type SendLimitReached = { per: "minute" | "day"; limit: number; until: number };

/** The sends one window counts at `now`: how many, and the oldest's id (ids grow with time). */
type WindowSends = { count: number; oldestId: number };

/**
 * Whether the team's own send limits (settings, 0: none) let a request go to Clodura at `now`. Windows roll: a limit
 * of 2,000 a day allows 2,000 in any 24 hours, so it also keeps to a limit Clodura counts per calendar day, whatever
 * its time zone. Reached: which limit, and when the send that must leave its window for another to go does so.
 */
export function sendLimitReached(db: Db, now: number): SendLimitReached | null {
  const limits = [
    { per: "day", limit: getSetting(db, "sendsPerDay"), windowMs: DAY_MS },
    { per: "minute", limit: getSetting(db, "sendsPerMinute"), windowMs: MINUTE_MS },
  ] as const;
  for (const { per, limit, windowMs } of limits) {
    if (limit === 0) continue;
    const sends = sendsInWindow(db, now, windowMs);
    if (sends.count < limit) continue;
    // The first of the sends over the limit, counted from the oldest, must leave the window first.
    const leaving = nthSentAt(db, now, windowMs, sends.count - limit);
    return { per, limit, until: leaving + windowMs + MARGIN_MS };
  }
  return null;
}

/**
 * Sends a window counts at `now`. Ids are consecutive (only the oldest rows are deleted), so no row is scanned. A send
 * after `now` (the clock stepped back) is not counted: it must not hold sending for as long as the clock stepped.
 */
export function sendsInWindow(db: Db, now: number, windowMs: number): WindowSends {
  const oldest = db.$client.prepare("SELECT id FROM clodura_sends WHERE sent_at > ? AND sent_at <= ? ORDER BY sent_at LIMIT 1").get(now - windowMs - MARGIN_MS, now) as { id: number } | undefined;
  if (!oldest) return { count: 0, oldestId: 0 };
  const newest = db.$client.prepare("SELECT id FROM clodura_sends WHERE sent_at <= ? ORDER BY sent_at DESC LIMIT 1").get(now) as { id: number };
  return { count: Math.max(1, newest.id - oldest.id + 1), oldestId: oldest.id };
}

/**
 * When the window's send after the `skip` oldest went. By time, not by id: after the clock stepped back a day, ids and
 * times disagree and the id counted to may be gone; then the newest send the window holds.
 */
function nthSentAt(db: Db, now: number, windowMs: number, skip: number): number {
  const from = now - windowMs - MARGIN_MS;
  const nth = db.$client.prepare("SELECT sent_at AS sentAt FROM clodura_sends WHERE sent_at > ? AND sent_at <= ? ORDER BY sent_at LIMIT 1 OFFSET ?").get(from, now, skip) as { sentAt: number } | undefined;
  return nth?.sentAt ?? (db.$client.prepare("SELECT max(sent_at) AS sentAt FROM clodura_sends WHERE sent_at > ? AND sent_at <= ?").get(from, now) as { sentAt: number }).sentAt;
}

/** When the send with this id went (ms since the epoch). */
export function sentAtOf(db: Db, id: number): number {
  return (db.$client.prepare("SELECT sent_at AS sentAt FROM clodura_sends WHERE id = ?").get(id) as { sentAt: number }).sentAt;
}

/** Counts a request sent at `now`, and forgets the ones no window counts any more. */
export function recordSend(db: Db, now: number): void {
  db.$client.prepare("INSERT INTO clodura_sends (sent_at) VALUES (?)").run(now);
  db.$client.prepare("DELETE FROM clodura_sends WHERE sent_at <= ?").run(now - DAY_MS - MARGIN_MS);
}
