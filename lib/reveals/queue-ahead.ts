import type { Db } from "@/db/client";
import type { SendingPace } from "./send-pace";
import { nextSendAt, teamPace } from "./team-pace";

/** The team's queue as a new list finds it: reveals waiting to be sent, when the next may go, and the pace. */
export type QueueAhead = { waiting: number; startsInMs: number | null; daySpent: boolean; pace: SendingPace };

export function queueAhead(db: Db, now: number): QueueAhead {
  const { waiting } = db.$client.prepare("SELECT count(*) AS waiting FROM reveals WHERE state = 'queued'").get() as { waiting: number };
  const next = nextSendAt(db, now);
  return { waiting, startsInMs: next.at === null ? null : next.at - now, daySpent: next.daySpent, pace: teamPace(db) };
}
