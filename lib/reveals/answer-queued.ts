import type { Db } from "@/db/client";
import { changeEstimate } from "./batch-estimate";
import { freePartnerListsOf } from "./free-attached";
import { getSetting } from "@/lib/settings/settings";
import { NOT_TAKEN_BY_CLODURA } from "./may-have-arrived";
import { sentAgainByAnother } from "./resendable";
import { reusableAnswer } from "./reusable-answer";

/** A queued reveal the team now has a reusable answer for (`answerId`), and whether that answer is a Clodura-alone "not found". */
export type QueuedAnswer = { id: string; batchId: string; answerId: string; cloduraAloneNotFound: number };

/**
 * SQL: reveal `q` is queued and not yet paid for, and may be answered from the ledger instead. A rep's "reveal again",
 * a retry Clodura may already have, a list still being written or being stopped, and a disabled person's list (which
 * its stop cancels) are left alone.
 */
export function answerableQueued(q: string): string {
  return `${q}.state = 'queued' AND ${q}.source_reveal_id IS NULL AND ${q}.reveal_again = 0
          AND ${NOT_TAKEN_BY_CLODURA.replace("error_code", `${q}.error_code`)}
          AND ${q}.batch_id NOT IN (SELECT id FROM batches WHERE creating = 1 OR stopping = 1)
          AND ${q}.requested_by NOT IN (SELECT id FROM users WHERE disabled_at IS NOT NULL)`;
}

/**
 * Answers queued reveals at no cost from the team's answer, with the teammates attached to each, as a list sent now
 * would be (a list asking partners is not answered by a Clodura-alone "not found": it gets a reveal of its own, as
 * when such a reveal ends). Call it inside a write transaction. Returns the batches it changed and how many it answered.
 */
export function answerQueued(db: Db, rows: QueuedAnswer[], now: number): { batchIds: string[]; answered: number } {
  const sqlite = db.$client;
  const answerFromLedger = sqlite.prepare(
    `UPDATE reveals SET state = 'cached', source_reveal_id = ?, completed_at = ?, updated_at = ?, next_attempt_at = ?, error_code = NULL, error_message = NULL
      WHERE id = ? AND ${answerableQueued("reveals")}`,
  );
  // A failed or cancelled row another sent again (attached to its new reveal) moves too, keeping its own completed_at.
  const moveAttached = sqlite.prepare(
    `UPDATE reveals SET source_reveal_id = ?, completed_at = CASE WHEN state = 'cached' THEN ? ELSE completed_at END, updated_at = ?
      WHERE source_reveal_id = ? AND (state = 'cached' OR ${sentAgainByAnother("reveals")}) AND NOT (? AND via_partners = 1) RETURNING batch_id AS batchId`,
  );
  const batchIds = new Set<string>();
  // By batch: answered free, so no longer in what the list pays for.
  const freed = new Map<string, number>();
  let answered = 0;
  for (const row of rows) {
    if (answerFromLedger.run(row.answerId, now, now, now, row.id).changes === 0) continue;
    batchIds.add(row.batchId);
    freed.set(row.batchId, (freed.get(row.batchId) ?? 0) + 1);
    answered += 1;
    for (const moved of moveAttached.all(row.answerId, now, now, row.id, row.cloduraAloneNotFound) as { batchId: string }[]) batchIds.add(moved.batchId);
    if (row.cloduraAloneNotFound) for (const partnerList of freePartnerListsOf(db, row.id, now)) batchIds.add(partnerList);
  }
  for (const [batchId, people] of freed) changeEstimate(db, batchId, -people);
  return { batchIds: [...batchIds], answered };
}

/**
 * A reveal that has just been answered answers, at no cost, the people queued to be paid for whom a list sent now would
 * answer from it: after a late answer, the lists freed when it said "not found" and teammates' lists queued while it
 * had no answer to reuse. Call it inside the write transaction that applied the answer. Returns the batches it changed.
 */
export function answerQueuedFrom(db: Db, revealId: string, now: number): string[] {
  // A window of 0 days reuses no answer, however new: a list sent now would pay.
  if (getSetting(db, "freshnessDays") === 0) return [];
  const waiting = db.$client
    .prepare(
      `SELECT q.id, q.batch_id AS batchId, a.id AS answerId, a.state = 'not_found' AND a.via_partners = 0 AS cloduraAloneNotFound
         FROM reveals a JOIN reveals q ON q.contact_id = a.contact_id AND q.id <> a.id
        WHERE a.id = ? AND ${reusableAnswer("a", "q.via_partners = 1")} AND ${answerableQueued("q")}
        ORDER BY q.rowid`,
    )
    .all(revealId) as QueuedAnswer[];
  return answerQueued(db, waiting, now).batchIds;
}
