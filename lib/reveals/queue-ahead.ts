import type { Db } from "@/db/client";
import type { DayWindow, SendingPace } from "./send-pace";
import { nextSendAt, teamPace } from "./team-pace";
import { SENDABLE_QUEUED } from "./sending-outlook";

/**
 * The team's queue as a new list finds it: reveals waiting to be sent, in how long the next may go (null: paused), the
 * pace, and the day's window (its oldest send as ms before now), all relative to the server's clock.
 */
export type QueueAhead = { waiting: number; startsInMs: number | null; pace: SendingPace; day: DayWindow };

export function queueAhead(db: Db, now: number): QueueAhead {
  const { waiting } = db.$client.prepare(`SELECT count(*) AS waiting FROM reveals WHERE ${SENDABLE_QUEUED}`).get() as { waiting: number };
  const next = nextSendAt(db, now);
  const day = { used: next.day.used, oldestAt: next.day.oldestAt === null ? null : next.day.oldestAt - now };
  return { waiting, startsInMs: next.at === null ? null : next.at - now, pace: teamPace(db), day };
}
