import type { Db } from "@/db/client";
import { inTurnWith, paceInWords, sendingDoneAt, type SendingPace } from "./send-pace";
import { NOT_YET_DUE } from "./state-machine";
import { nextSendAt, teamPace } from "./team-pace";

/** When a list's last reveal not yet sent goes to Clodura, as far as the queue and the team's pace tell. */
export type SendingOutlook = {
  /** The list's reveals not yet sent. */
  toSend: number;
  /** Of them, those Clodura did not take at their last try (5xx, 429, a timeout): each waits out its backoff. */
  retrying: number;
  /** Its sender's other lists' reveals sent in turn with it before its last (each person's lists take turns). */
  ownInTurn: number;
  /** Teammates' reveals sent in turn with the sender's before this list's last (people take turns, one reveal each). */
  inTurn: number;
  /** When the last is sent (ms since the epoch); null while sending is paused for the whole team. */
  doneBy: number | null;
  /** What bounds the pace, in words: "5 a second", "100 a minute", "2,000 a day". */
  pace: string;
};

// One person's queue, read on the (requested_by, state, batch_id, next_attempt_at) index alone: a list being written
// is left out (its rows are due once it is whole), a list being stopped is counted until its stop's steps are done
// (seconds, for a figure that says "about"), and a disabled person's queue is not asked for.
const QUEUED_OF = `requested_by = ? AND state = 'queued' AND next_attempt_at < ${NOT_YET_DUE}`;

/** What every list's outlook reads of the team alike: each enabled person's queue, the pace, and when the next send may go. */
export type TeamSending = { queues: Map<string, number>; pace: SendingPace; next: ReturnType<typeof nextSendAt> };

/** Read once for a page of lists, not once for each. */
export function readTeamSending(db: Db, now: number): TeamSending {
  return { queues: queuedByPerson(db), pace: teamPace(db), next: nextSendAt(db, now) };
}

/** The list's outlook, or null when none of its reveals waits to be sent (or it is still being written). */
export function sendingOutlook(db: Db, batchId: string, now: number, team: TeamSending = readTeamSending(db, now)): SendingOutlook | null {
  const batch = db.$client.prepare("SELECT created_by AS sender, creating FROM batches WHERE id = ?").get(batchId) as { sender: string; creating: number } | undefined;
  if (!batch || batch.creating) return null;
  const lists = queuedListsOf(db, batch.sender);
  const toSend = lists.get(batchId);
  if (toSend === undefined) return null;
  lists.delete(batchId);
  // A retry waiting out a 429 is due later than the pace alone says.
  const { lastDue, retrying } = db.$client
    .prepare(`SELECT max(next_attempt_at) AS lastDue, coalesce(sum(attempts > 0), 0) AS retrying FROM reveals WHERE ${QUEUED_OF} AND batch_id = ?`)
    .get(batch.sender, batchId) as { lastDue: number; retrying: number };
  const ownInTurn = inTurnWith([...lists.values()], toSend);
  const inTurn = inTurnWith(othersIn(team.queues, batch.sender), toSend + ownInTurn);
  const count = toSend + ownInTurn + inTurn;
  const { pace, next } = team;
  return {
    toSend,
    retrying,
    ownInTurn,
    inTurn,
    doneBy: next.at === null ? null : Math.max(sendingDoneAt(count, pace, next.at, next.day), lastDue),
    pace: paceInWords(count, pace, next.day),
  };
}

/** How many reveals each of a person's lists has waiting to be sent, by list. */
export function queuedListsOf(db: Db, person: string): Map<string, number> {
  const rows = db.$client.prepare(`SELECT batch_id AS list, count(*) AS waiting FROM reveals WHERE ${QUEUED_OF} GROUP BY batch_id`).all(person) as { list: string; waiting: number }[];
  return new Map(rows.map((row) => [row.list, row.waiting]));
}

/** How many reveals each other enabled person has waiting to be sent. */
export function queuedByOthers(db: Db, sender: string): number[] {
  return othersIn(queuedByPerson(db), sender);
}

function othersIn(queues: Map<string, number>, sender: string): number[] {
  return [...queues.entries()].filter(([person]) => person !== sender).map(([, waiting]) => waiting);
}

/** How many reveals each enabled person with any waiting has waiting to be sent, by person. */
export function queuedByPerson(db: Db): Map<string, number> {
  const people = db.$client.prepare("SELECT id FROM users WHERE disabled_at IS NULL").pluck().all() as string[];
  const count = db.$client.prepare(`SELECT count(*) FROM reveals WHERE ${QUEUED_OF}`).pluck();
  return new Map(people.map((person) => [person, count.get(person) as number] as const).filter(([, waiting]) => waiting > 0));
}
