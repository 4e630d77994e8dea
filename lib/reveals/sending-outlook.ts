import type { Db } from "@/db/client";
import { SENDABLE } from "./claim";
import { paceInWords, sendingDoneAt } from "./send-pace";
import { NOT_YET_DUE } from "./state-machine";
import { nextSendAt, teamPace } from "./team-pace";

/** When a list's last reveal not yet sent goes to Clodura, as far as the queue and the team's pace tell. */
export type SendingOutlook = {
  /** The list's reveals not yet sent. */
  toSend: number;
  /** Other lists' reveals the dispatcher sends before this list's last one (it takes the team's queue in order). */
  ahead: number;
  /** When the last is sent (ms since the epoch); null while sending is paused for the whole team. */
  doneBy: number | null;
  /** What bounds the pace, in words: "5 a second", "100 a minute", "2,000 a day". */
  pace: string;
};

/** SQL on `reveals`: waiting to be sent in turn, a batch being written aside (its rows are due once it is whole). */
export const SENDABLE_QUEUED = `${SENDABLE} AND next_attempt_at < ${NOT_YET_DUE}`;

/** The list's outlook, or null when none of its reveals waits to be sent (or it is still being written). */
export function sendingOutlook(db: Db, batchId: string, now: number): SendingOutlook | null {
  const last = db.$client
    .prepare(`SELECT next_attempt_at AS due, rowid FROM reveals WHERE batch_id = ? AND ${SENDABLE_QUEUED} ORDER BY next_attempt_at DESC, rowid DESC LIMIT 1`)
    .get(batchId) as { due: number; rowid: number } | undefined;
  if (!last) return null;
  const { toSend } = db.$client.prepare(`SELECT count(*) AS toSend FROM reveals WHERE batch_id = ? AND ${SENDABLE_QUEUED}`).get(batchId) as { toSend: number };
  // The dispatcher's order (claimNextQueued): due time, then rowid.
  const { upToLast } = db.$client
    .prepare(`SELECT count(*) AS upToLast FROM reveals WHERE ${SENDABLE_QUEUED} AND (next_attempt_at < ? OR (next_attempt_at = ? AND rowid <= ?))`)
    .get(last.due, last.due, last.rowid) as { upToLast: number };
  const pace = teamPace(db);
  const next = nextSendAt(db, now);
  return {
    toSend,
    ahead: Math.max(0, upToLast - toSend),
    doneBy: next.at === null ? null : Math.max(sendingDoneAt(upToLast, pace, next.at, next.day), last.due),
    pace: paceInWords(upToLast, pace, next.day),
  };
}
