import type { Db } from "@/db/client";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { paceInWords, sendingDoneAt } from "./send-pace";
import { readTeamSending, sendingOutlook } from "./sending-outlook";

/** What the whole team has waiting to be sent, for a manager's Batches page; `doneInMs` null while sending is paused. */
export type TeamQueue = { waiting: number; people: number; doneInMs: number | null; pace: string };

/**
 * Null when nothing waits, and for an SDR (a manager oversees the team's sending). Times are from `now`, the server's
 * clock, so a browser clock that is off does not move them.
 */
export function teamQueue(db: Db, viewer: SessionUser, now: number): TeamQueue | null {
  if (!hasRole(viewer.role, "manager")) return null;
  const { queues: byPerson, pace, next } = readTeamSending(db, now);
  const queues = [...byPerson.values()];
  const waiting = queues.reduce((sum, queue) => sum + queue, 0);
  if (waiting === 0) return null;
  return { waiting, people: queues.length, doneInMs: next.at === null ? null : sendingDoneAt(waiting, pace, next.at, next.day) - now, pace: paceInWords(waiting, pace, next.day) };
}

/**
 * How long until each listed batch's last reveal not yet sent goes (ms from `now`; null while sending is paused), for
 * the lists that have some waiting. Only lists still open are asked: most of a page is finished.
 */
export function sendingTimesOf(db: Db, batches: { id: string; done: number; total: number; stopped: boolean }[], now: number): Map<string, number | null> {
  const times = new Map<string, number | null>();
  const open = batches.filter((batch) => batch.done < batch.total && !batch.stopped);
  if (open.length === 0) return times;
  const team = readTeamSending(db, now);
  for (const batch of open) {
    const outlook = sendingOutlook(db, batch.id, now, team);
    if (outlook) times.set(batch.id, outlook.doneBy === null ? null : Math.max(0, outlook.doneBy - now));
  }
  return times;
}
