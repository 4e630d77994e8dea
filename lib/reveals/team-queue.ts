import type { Db } from "@/db/client";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { paceInWords, sendingDoneAt } from "./send-pace";
import { queuedByPerson, sendingOutlook } from "./sending-outlook";
import { nextSendAt, teamPace } from "./team-pace";

/** What the whole team has waiting to be sent, for a manager's Batches page; `doneInMs` null while sending is paused. */
export type TeamQueue = { waiting: number; people: number; doneInMs: number | null; pace: string };

/**
 * Null when nothing waits, and for an SDR (a manager oversees the team's sending). Times are from `now`, the server's
 * clock, so a browser clock that is off does not move them.
 */
export function teamQueue(db: Db, viewer: SessionUser, now: number): TeamQueue | null {
  if (!hasRole(viewer.role, "manager")) return null;
  const queues = [...queuedByPerson(db).values()];
  const waiting = queues.reduce((sum, queue) => sum + queue, 0);
  if (waiting === 0) return null;
  const pace = teamPace(db);
  const next = nextSendAt(db, now);
  return { waiting, people: queues.length, doneInMs: next.at === null ? null : sendingDoneAt(waiting, pace, next.at, next.day) - now, pace: paceInWords(waiting, pace, next.day) };
}

/**
 * How long until each listed batch's last reveal not yet sent goes (ms from `now`; null while sending is paused), for
 * the lists that have some waiting. Only lists still open are asked: most of a page is finished.
 */
export function sendingTimesOf(db: Db, batches: { id: string; done: number; total: number; stopped: boolean }[], now: number): Map<string, number | null> {
  const times = new Map<string, number | null>();
  for (const batch of batches) {
    if (batch.done >= batch.total || batch.stopped) continue;
    const outlook = sendingOutlook(db, batch.id, now);
    if (outlook) times.set(batch.id, outlook.doneBy === null ? null : Math.max(0, outlook.doneBy - now));
  }
  return times;
}
