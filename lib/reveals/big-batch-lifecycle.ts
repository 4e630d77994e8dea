import type { Db } from "@/db/client";
import { nextTurn } from "@/lib/api/next-turn";
import { publishEvent } from "@/lib/events/bus";
import { ATTACHED_COLUMNS, freeAttached, type AttachedReveal } from "./free-attached";
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
  db.transaction(() => detachFrom(db, batchId, Date.now(), "all", "waits for approval"), { behavior: "immediate" });
  return held;
}

/**
 * Removes a batch that could not be written whole: its reveals (none was sent: they were never due), the contacts it
 * created that nothing else uses, the batch itself. Teammates' reveals that attached to it meanwhile get their own.
 */
export function abandonBatch(db: Db, batchId: string, createdAt: number): void {
  db.transaction(
    () => {
      detachFrom(db, batchId, Date.now(), "all", "was never finished");
      // Rows already sent again stay attached when freed (freeAttached): here, what they wait on goes.
      db.$client
        .prepare(
          `UPDATE reveals SET source_reveal_id = NULL, updated_at = :now, state = CASE WHEN state = 'cached' THEN 'cancelled' ELSE state END,
                  error_message = CASE WHEN state = 'cached' THEN 'The reveal it waited on was in a list never finished: nothing charged.' ELSE error_message END
            WHERE source_reveal_id IN (SELECT id FROM reveals WHERE batch_id = :batchId)`,
        )
        .run({ now: Date.now(), batchId });
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
 * reveals of written batches whose release was cut short. Returns how many batches were removed. `atStart`, before
 * this process has written anything, every batch still being written was left by the last one: it goes at once, or its
 * reveals would pass for in flight (teammates attached to them, left out of estimates) for ten minutes.
 */
export function recoverBatchCreation(db: Db, now = Date.now(), { atStart = false } = {}): number {
  const abandoned = db.$client
    .prepare("SELECT id, created_at AS createdAt FROM batches WHERE creating = 1 AND created_at < ?")
    .all(atStart ? Number.MAX_SAFE_INTEGER : now - ABANDONED_AFTER_MS) as { id: string; createdAt: number }[];
  for (const batch of abandoned) abandonBatch(db, batch.id, batch.createdAt);
  db.$client
    .prepare(
      `UPDATE reveals SET next_attempt_at = ?
        WHERE state = 'queued' AND next_attempt_at >= ? AND batch_id NOT IN (SELECT id FROM batches WHERE creating = 1)`,
    )
    .run(now, NOT_YET_DUE);
  return abandoned.length;
}

/**
 * Reveals of other batches answered by (attached to) this batch's reveals (or only its cancelled ones) are answered
 * another way (`freeAttached`): this batch is being stopped, rejected or removed. Returns the batches changed.
 */
export function detachFrom(db: Db, batchId: string, now: number, only: "all" | "cancelled" = "all", cause?: string): string[] {
  const attached = db.$client
    .prepare(
      `SELECT ${ATTACHED_COLUMNS}
         FROM reveals AS r JOIN batches AS b ON b.id = r.batch_id
        WHERE r.source_reveal_id IN (SELECT id FROM reveals WHERE batch_id = :batchId AND (:only = 'all' OR state = 'cancelled'))
          AND r.batch_id <> :batchId AND r.state = 'cached'
        ORDER BY pending, r.rowid`,
    )
    .all({ batchId, only }) as AttachedReveal[];
  return freeAttached(db, attached, now, batchId, cause);
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
