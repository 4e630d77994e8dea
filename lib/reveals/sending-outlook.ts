import type { Db } from "@/db/client";
import { inTurnWith, paceInWords, sendingDoneAt } from "./send-pace";
import { NOT_YET_DUE } from "./state-machine";
import { nextSendAt, teamPace } from "./team-pace";

/** When a list's last reveal not yet sent goes to Clodura, as far as the queue and the team's pace tell. */
export type SendingOutlook = {
  /** The list's reveals not yet sent. */
  toSend: number;
  /** Its sender's earlier lists, sent first (each person's lists go in the order sent). */
  ownFirst: number;
  /** Teammates' reveals sent in turn with them before this list's last (people take turns, one reveal each). */
  inTurn: number;
  /** When the last is sent (ms since the epoch); null while sending is paused for the whole team. */
  doneBy: number | null;
  /** What bounds the pace, in words: "5 a second", "100 a minute", "2,000 a day". */
  pace: string;
};

// One person's queue, read on the (requested_by, state, next_attempt_at) index alone: a list being written is left out
// (its rows are due once it is whole), a list being stopped is counted until its stop's steps are done (seconds, for
// a figure that says "about"), and a disabled person's queue is not asked for.
const QUEUED_OF = `requested_by = ? AND state = 'queued' AND next_attempt_at < ${NOT_YET_DUE}`;

/** The list's outlook, or null when none of its reveals waits to be sent (or it is still being written). */
export function sendingOutlook(db: Db, batchId: string, now: number): SendingOutlook | null {
  const batch = db.$client.prepare("SELECT created_by AS sender, creating FROM batches WHERE id = ?").get(batchId) as { sender: string; creating: number } | undefined;
  if (!batch || batch.creating) return null;
  const last = db.$client
    .prepare(`SELECT next_attempt_at AS due, rowid FROM reveals WHERE ${QUEUED_OF} AND batch_id = ? ORDER BY next_attempt_at DESC, rowid DESC LIMIT 1`)
    .get(batch.sender, batchId) as { due: number; rowid: number } | undefined;
  if (!last) return null;
  const { toSend } = db.$client.prepare("SELECT count(*) AS toSend FROM reveals WHERE batch_id = ? AND state = 'queued'").get(batchId) as { toSend: number };
  // The sender's own queue goes in the dispatcher's order (claimNextQueued): due time, then rowid.
  const { upToLast } = db.$client
    .prepare(`SELECT count(*) AS upToLast FROM reveals WHERE ${QUEUED_OF} AND (next_attempt_at < ? OR (next_attempt_at = ? AND rowid <= ?))`)
    .get(batch.sender, last.due, last.due, last.rowid) as { upToLast: number };
  const inTurn = inTurnWith(queuedByOthers(db, batch.sender), upToLast);
  const pace = teamPace(db);
  const next = nextSendAt(db, now);
  return {
    toSend,
    ownFirst: Math.max(0, upToLast - toSend),
    inTurn,
    doneBy: next.at === null ? null : Math.max(sendingDoneAt(upToLast + inTurn, pace, next.at, next.day), last.due),
    pace: paceInWords(upToLast + inTurn, pace, next.day),
  };
}

/** How many reveals each other enabled person has waiting to be sent. */
export function queuedByOthers(db: Db, sender: string): number[] {
  const others = db.$client.prepare("SELECT id FROM users WHERE id <> ? AND disabled_at IS NULL").all(sender) as { id: string }[];
  const count = db.$client.prepare(`SELECT count(*) AS waiting FROM reveals WHERE ${QUEUED_OF}`);
  return others.map(({ id }) => (count.get(id) as { waiting: number }).waiting).filter((waiting) => waiting > 0);
}

/** How many reveals this person has waiting to be sent. */
export function queuedOf(db: Db, person: string): number {
  return (db.$client.prepare(`SELECT count(*) AS waiting FROM reveals WHERE ${QUEUED_OF}`).get(person) as { waiting: number }).waiting;
}
