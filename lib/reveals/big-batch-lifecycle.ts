import type { Db } from "@/db/client";
import { nextTurn } from "@/lib/api/next-turn";
import { publishEvent } from "@/lib/events/bus";
import { freedOverBudget } from "./freed-over-budget";
import { findLedgerHits } from "./ledger";
import { NOT_YET_DUE } from "./state-machine";

export { NOT_YET_DUE };

const ROWIDS_PER_STEP = 2_000;
/** A batch `creating` for this long was left by a process that stopped midway (writing one takes seconds). */
const ABANDONED_AFTER_MS = 10 * 60_000;

const releasing = new Set<Promise<void>>();

/** releaseBatch after the SDR has the answer; if it stops midway, recoverBatchCreation makes the rest due. */
export function releaseInBackground(db: Db, batchId: string): void {
  const release: Promise<void> = releaseBatch(db, batchId)
    .then(() => publishEvent({ type: "queue.changed" }))
    .catch((error: unknown) => console.error(`[reveal-desk] releasing a new batch failed (the recovery pass retries it): ${error instanceof Error ? error.message : "unknown error"}`))
    .finally(() => releasing.delete(release));
  releasing.add(release);
}

/** Resolves when every background release has finished: before closing the database. */
export async function releasesSettled(): Promise<void> {
  await Promise.all([...releasing]);
}

/** Makes a written batch's new reveals due, a slice at a time. */
export async function releaseBatch(db: Db, batchId: string): Promise<void> {
  const release = db.$client.prepare(
    "UPDATE reveals SET next_attempt_at = ? WHERE +batch_id = ? AND rowid BETWEEN ? AND ? AND state = 'queued' AND next_attempt_at = ?",
  );
  await inSteps(db, batchId, (from, to) => release.run(Date.now(), batchId, from, to, NOT_YET_DUE).changes);
}

/** Over budget: the batch's new reveals wait for a manager; teammates' reveals that attached to them get their own. */
export async function holdNewReveals(db: Db, batchId: string, at: number): Promise<number> {
  const hold = db.$client.prepare("UPDATE reveals SET state = 'held', next_attempt_at = ? WHERE +batch_id = ? AND rowid BETWEEN ? AND ? AND state = 'queued'");
  const held = await inSteps(db, batchId, (from, to) => hold.run(at, batchId, from, to).changes);
  db.transaction(() => detachFrom(db, batchId, Date.now()), { behavior: "immediate" });
  return held;
}

/**
 * Removes a batch that could not be written whole: its reveals (none was sent: they were never due), the contacts it
 * created that nothing else uses, the batch itself. Teammates' reveals that attached to it meanwhile get their own.
 */
export function abandonBatch(db: Db, batchId: string, createdAt: number): void {
  db.transaction(
    () => {
      detachFrom(db, batchId, Date.now());
      db.$client.prepare("DELETE FROM reveals WHERE batch_id = ?").run(batchId);
      db.$client
        .prepare("DELETE FROM contacts WHERE created_at = ? AND NOT EXISTS (SELECT 1 FROM reveals WHERE reveals.contact_id = contacts.id)")
        .run(createdAt);
      db.$client.prepare("DELETE FROM batches WHERE id = ?").run(batchId);
    },
    { behavior: "immediate" },
  );
}

/**
 * After a restart (and now and then): removes batches left half-written by a stopped process, and makes due the new
 * reveals of written batches whose release was cut short. Returns how many batches were removed.
 */
export function recoverBatchCreation(db: Db, now = Date.now()): number {
  const abandoned = db.$client
    .prepare("SELECT id, created_at AS createdAt FROM batches WHERE creating = 1 AND created_at < ?")
    .all(now - ABANDONED_AFTER_MS) as { id: string; createdAt: number }[];
  for (const batch of abandoned) abandonBatch(db, batch.id, batch.createdAt);
  db.$client
    .prepare(
      `UPDATE reveals SET next_attempt_at = ?
        WHERE state = 'queued' AND next_attempt_at >= ? AND batch_id NOT IN (SELECT id FROM batches WHERE creating = 1)`,
    )
    .run(now, NOT_YET_DUE);
  return abandoned.length;
}

type AttachedReveal = { id: string; batchId: string; contactId: string; stopped: number; creating: number; pending: number; viaPartners: number };

/**
 * Reveals of other batches answered by (attached to) this batch's reveals (or only its cancelled ones) are answered
 * another way, one person at a time so nobody is sent twice: by the team's other reveal of the person (in flight, or
 * answered within the freshness window) if there is one; else the first of them becomes a reveal of its own and the
 * rest attach to it. Its own is due now, or once its batch is written if that is still being written too; held if its
 * batch waits for a manager's approval (approving checks the ledger again), or once its owner's budget cannot take the
 * new cost (the batch then waits for approval). In a batch its SDR stopped, an attached reveal is cancelled like the
 * rest of it (nothing more is sent from a stopped batch). Returns the batches changed.
 */
export function detachFrom(db: Db, batchId: string, now: number, only: "all" | "cancelled" = "all"): string[] {
  const attached = db.$client
    .prepare(
      `SELECT r.id, r.batch_id AS batchId, r.contact_id AS contactId, b.stopped_at IS NOT NULL AS stopped, b.creating AS creating,
              b.approval = 'pending' AS pending, r.via_partners AS viaPartners
         FROM reveals AS r JOIN batches AS b ON b.id = r.batch_id
        WHERE r.source_reveal_id IN (SELECT id FROM reveals WHERE batch_id = :batchId AND (:only = 'all' OR state = 'cancelled'))
          AND r.batch_id <> :batchId AND r.state = 'cached'
        ORDER BY pending, r.rowid`,
    )
    .all({ batchId, only }) as AttachedReveal[];
  if (attached.length === 0) return [];
  // A list that asks partner providers is not answered by a "not found" from Clodura alone: looked up each way needed.
  const answersFor = (askPartners: boolean) => {
    const contacts = [...new Set(attached.filter((row) => Boolean(row.viaPartners) === askPartners).map((row) => row.contactId))];
    const hits = contacts.length === 0 ? [] : [...findLedgerHits(db, contacts, now, batchId, askPartners)];
    return new Map(hits.map(([contactId, hit]) => [contactId, { revealId: hit.revealId, fresh: hit.kind === "fresh" }]));
  };
  const answers = { plain: answersFor(false), partners: answersFor(true) };
  const move = detachStatements(db);
  const queued: AttachedReveal[] = [];
  for (const row of attached) {
    const answer = (row.viaPartners ? answers.partners : answers.plain).get(row.contactId);
    if (row.stopped) move.cancel.run({ id: row.id, now });
    else if (answer) move.reattach.run({ id: row.id, now, source: answer.revealId, completedAt: answer.fresh ? now : null });
    else if (row.pending) move.hold.run({ id: row.id, now });
    else {
      queued.push(row);
      // In flight now, so anyone else waiting on the person attaches to it, partners or not.
      for (const found of [answers.plain, answers.partners]) found.set(row.contactId, { revealId: row.id, fresh: false });
    }
  }
  const queuedByBatch = new Map<string, AttachedReveal[]>();
  for (const row of queued) {
    const rows = queuedByBatch.get(row.batchId);
    if (rows) rows.push(row);
    else queuedByBatch.set(row.batchId, [row]);
  }
  for (const [owningBatch, rows] of queuedByBatch) {
    // Free until now, paid from now: a batch being written is checked against the budgets once it is whole.
    const overBudget = rows[0]!.creating ? null : freedOverBudget(db, owningBatch, rows.length, now);
    if (overBudget) {
      db.$client
        .prepare("UPDATE batches SET approval = 'pending', approval_reason = ?, worst_case = worst_case + ? WHERE id = ?")
        .run(overBudget.reason, overBudget.worstCase, owningBatch);
    }
    for (const row of rows) {
      if (overBudget) move.hold.run({ id: row.id, now });
      else move.queue.run({ id: row.id, now, due: row.creating ? NOT_YET_DUE : now });
    }
  }
  return [...new Set(attached.map((row) => row.batchId))];
}

function detachStatements(db: Db) {
  const set = (assignments: string) => db.$client.prepare(`UPDATE reveals SET ${assignments}, updated_at = :now WHERE id = :id AND state = 'cached'`);
  return {
    cancel: set(`source_reveal_id = NULL, state = 'cancelled', completed_at = :now, error_code = 'stopped',
                 error_message = 'The teammate''s reveal it waited on was stopped, and so was this batch: nothing charged.'`),
    reattach: set("source_reveal_id = :source, completed_at = :completedAt"),
    hold: set("source_reveal_id = NULL, state = 'held', completed_at = NULL, next_attempt_at = :now"),
    queue: set("source_reveal_id = NULL, state = 'queued', completed_at = NULL, next_attempt_at = :due"),
  };
}

/** Runs `step` over the batch's rowids 2,000 at a time with the event loop free in between; sums what it changed. */
export async function inSteps(db: Db, batchId: string, step: (from: number, to: number) => number): Promise<number> {
  let changed = 0;
  for (const [from, to] of rowidSteps(db, batchId)) {
    changed += step(from, to);
    await nextTurn();
  }
  return changed;
}

/** From the batch's first rowid to its last (a teammate's rows may sit between two of its chunks), in steps. */
function rowidSteps(db: Db, batchId: string): [number, number][] {
  const span = db.$client.prepare("SELECT min(rowid) AS first, max(rowid) AS last FROM reveals WHERE batch_id = ?").get(batchId) as {
    first: number | null;
    last: number | null;
  };
  const steps: [number, number][] = [];
  if (span.first === null || span.last === null) return steps;
  for (let from = span.first; from <= span.last; from += ROWIDS_PER_STEP) steps.push([from, Math.min(span.last, from + ROWIDS_PER_STEP - 1)]);
  return steps;
}
