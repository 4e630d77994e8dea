import type { Db } from "@/db/client";
import { publishEvent } from "@/lib/events/bus";
import { changeEstimate } from "./batch-estimate";
import { freedOverBudget } from "./freed-over-budget";
import { findLedgerHits } from "./ledger";
import { NOT_YET_DUE } from "./state-machine";

/** A reveal answered by (attached to) another reveal, with what decides where it goes once that one cannot answer it. */
export type AttachedReveal = { id: string; batchId: string; contactId: string; stopped: number; creating: number; pending: number; viaPartners: number; sentAgain: number };

/** The columns of an `AttachedReveal`, from `reveals AS r JOIN batches AS b`. */
// A disabled person's list counts as stopped: nothing more is sent, or charged, in their name.
export const ATTACHED_COLUMNS = `r.id, r.batch_id AS batchId, r.contact_id AS contactId,
              (b.stopped_at IS NOT NULL OR b.created_by IN (SELECT id FROM users WHERE disabled_at IS NOT NULL)) AS stopped, b.creating AS creating,
              b.approval = 'pending' AS pending, r.via_partners AS viaPartners, r.sent_again_in IS NOT NULL AS sentAgain`;

/**
 * Attached reveals whose answer will not come from the reveal they waited on are answered another way, one person at
 * a time so nobody is sent twice: by the team's other reveal of the person (in flight, or answered within the
 * freshness window) if there is one; else the first of them becomes a reveal of its own and the rest attach to it. Its
 * own is due now, or once its batch is written if that is still being written too; held if its batch waits for a
 * manager's approval (approving checks the ledger again), or once its owner's budget cannot take the new cost (the
 * batch then waits for approval). In a batch its SDR stopped, an attached reveal is cancelled like the rest of it.
 * `exceptBatchId`: a batch whose reveals answer nobody now; `cause`: what became of the reveal they waited on, for the
 * approval's reason ("was stopped"). Returns the batches changed.
 */
export function freeAttached(db: Db, everyAttached: AttachedReveal[], now: number, exceptBatchId?: string, cause?: string): string[] {
  // A row already sent again in a new list is not sent from its own as well: it stays with the reveal that could not
  // answer it, which its list shows (and, for one another sent again, offers to send again: UNANSWERED_WHERE_SENT_AGAIN).
  const attached = everyAttached.filter((row) => !row.sentAgain);
  if (attached.length === 0) return [];
  // A list that asks partner providers is not answered by a "not found" from Clodura alone: looked up each way needed.
  const answersFor = (askPartners: boolean) => {
    const contacts = [...new Set(attached.filter((row) => Boolean(row.viaPartners) === askPartners).map((row) => row.contactId))];
    const hits = contacts.length === 0 ? [] : [...findLedgerHits(db, contacts, now, exceptBatchId, askPartners)];
    return new Map(hits.map(([contactId, hit]) => [contactId, { revealId: hit.revealId, fresh: hit.kind === "fresh" }]));
  };
  const answers = { plain: answersFor(false), partners: answersFor(true) };
  const answerOf = (row: AttachedReveal) => (row.viaPartners ? answers.partners : answers.plain).get(row.contactId);
  // Each batch's budget is asked once, for all of its rows that may need a reveal of their own, before any of them
  // answers a teammate: a row held for approval must not become what another list waits on.
  const mayNeedOwn = new Map<string, number>();
  for (const row of attached) if (!row.stopped && !row.pending && !answerOf(row)) mayNeedOwn.set(row.batchId, (mayNeedOwn.get(row.batchId) ?? 0) + 1);
  const overBudget = new Map<string, boolean>();
  const isOverBudget = (row: AttachedReveal) => {
    let over = overBudget.get(row.batchId);
    if (over === undefined) {
      // Free until now, paid from now: a batch being written is checked against the budgets once it is whole.
      const short = row.creating ? null : freedOverBudget(db, row.batchId, mayNeedOwn.get(row.batchId) ?? 1, now, cause);
      if (short) {
        db.$client.prepare("UPDATE batches SET approval = 'pending', approval_reason = ? WHERE id = ?").run(short.reason, row.batchId);
      }
      over = short !== null;
      overBudget.set(row.batchId, over);
    }
    return over;
  };
  const move = freeStatements(db);
  // Free until now, paid for from now (sent, or held for a manager): each list's estimate, and what an approver is
  // shown, grows with them.
  const nowPaid = new Map<string, number>();
  const paidFor = (row: AttachedReveal) => nowPaid.set(row.batchId, (nowPaid.get(row.batchId) ?? 0) + 1);
  for (const row of attached) {
    const answer = answerOf(row);
    if (row.stopped) move.cancel.run({ id: row.id, now });
    else if (answer) move.reattach.run({ id: row.id, now, source: answer.revealId, completedAt: answer.fresh ? now : null });
    else if (row.pending || isOverBudget(row)) {
      move.hold.run({ id: row.id, now });
      paidFor(row);
    } else {
      move.queue.run({ id: row.id, now, due: row.creating ? NOT_YET_DUE : now });
      paidFor(row);
      // In flight now, so anyone else waiting on the person attaches to it (a list asking partners is sent again
      // should a Clodura-alone reveal end without a number: `freePartnerListsOf`).
      for (const found of [answers.plain, answers.partners]) found.set(row.contactId, { revealId: row.id, fresh: false });
    }
  }
  for (const [batchId, people] of nowPaid) changeEstimate(db, batchId, people);
  return [...new Set(attached.map((row) => row.batchId))];
}

/**
 * A reveal sent without partner providers ended without a number: the lists attached to it that ask partners were not
 * answered by it, and go on as reveals of their own (through the ledger and budgets as above).
 */
export function freePartnerListsOf(db: Db, revealId: string, now: number): string[] {
  const waiting = db.$client
    .prepare(
      `SELECT ${ATTACHED_COLUMNS}
         FROM reveals AS r JOIN batches AS b ON b.id = r.batch_id
        WHERE r.source_reveal_id = ? AND r.state = 'cached' AND r.via_partners = 1
        ORDER BY pending, r.rowid`,
    )
    .all(revealId) as AttachedReveal[];
  return freeAttached(db, waiting, now, undefined, "found no number without partner providers");
}

/** After the transaction that freed them: the lists changed, and the queue that now holds their new reveals. */
export function announceFreed(batchIds: string[]): void {
  for (const batchId of batchIds) publishEvent({ type: "batch.updated", batchId });
  if (batchIds.length > 0) publishEvent({ type: "queue.changed" });
}

function freeStatements(db: Db) {
  const set = (assignments: string) => db.$client.prepare(`UPDATE reveals SET ${assignments}, updated_at = :now WHERE id = :id AND state = 'cached'`);
  return {
    cancel: set(`source_reveal_id = NULL, state = 'cancelled', completed_at = :now, error_code = 'stopped',
                 error_message = 'This batch was stopped before the teammate''s reveal it waited on could answer it: nothing charged.'`),
    reattach: set("source_reveal_id = :source, completed_at = :completedAt"),
    hold: set("source_reveal_id = NULL, state = 'held', completed_at = NULL, next_attempt_at = :now"),
    queue: set("source_reveal_id = NULL, state = 'queued', completed_at = NULL, next_attempt_at = :due"),
  };
}
