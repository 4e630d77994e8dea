import type { Db } from "@/db/client";
import type { DayWindow, SendingPace } from "./send-pace";
import { queuedByOthers, queuedListsOf } from "./sending-outlook";
import { nextSendAt, teamPace } from "./team-pace";

/**
 * The team's queue as a viewer's new list finds it: what each of the viewer's own lists has waiting to be sent (their
 * new list takes turns with them), each teammate's (taken in turn with the viewer's), in how long the next may go (null: paused), the pace, and the
 * day's window (its oldest send as ms before now), all relative to the server's clock.
 */
export type QueueAhead = { mine: number[]; others: number[]; startsInMs: number | null; pace: SendingPace; day: DayWindow };

export function queueAhead(db: Db, now: number, viewerId: string): QueueAhead {
  const mine = [...queuedListsOf(db, viewerId).values()];
  const next = nextSendAt(db, now);
  const day = { used: next.day.used, oldestAt: next.day.oldestAt === null ? null : next.day.oldestAt - now };
  return { mine, others: queuedByOthers(db, viewerId), startsInMs: next.at === null ? null : next.at - now, pace: teamPace(db), day };
}
