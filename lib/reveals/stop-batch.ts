import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, type Batch } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { onePerBatch } from "./one-per-batch";
import { publishEvent } from "@/lib/events/bus";
import { detachFrom, inSteps } from "./big-batch-lifecycle";
import { recordStop, stoppedMessage } from "./stop-audit";
import { withdrawHeldOnStop } from "./stop-held";
import { findVisibleBatch } from "./get-batch";
import { leaveStoppedToWebhooks, NOT_TAKEN_BY_CLODURA } from "./may-have-arrived";
import { changeEstimate } from "./batch-estimate";

export type StopOutcome = { cancelled: number; stillRunning: number; detached: number };

/**
 * Stops a batch: every reveal not yet sent, or not yet taken by Clodura (a retry after a 503 or a refused connection),
 * is cancelled: nothing is sent or charged for it. Reveals already sent finish as usual: their answers are paid for
 * either way. A retry of a request Clodura may have is not sent again but left to its webhook, as if it were sent.
 * Teammates' reveals attached to a cancelled one become reveals of their own, so nobody loses a person they asked for.
 */
export async function stopBatch(db: Db, batchId: string, viewer: SessionUser, now = Date.now()): Promise<StopOutcome> {
  const { batch, createdBy } = findVisibleBatch(db, batchId, viewer);
  return oneStopPerBatch(batchId, () => stop(db, batch, createdBy, viewer, now));
}

/** A second press while the first is still cancelling (a double click, another tab) would report 0 cancelled. */
const oneStopPerBatch = onePerBatch("This batch was already stopped.");

async function stop(db: Db, batch: Batch, owner: string, viewer: SessionUser, now: number): Promise<StopOutcome> {
  const batchId = batch.id;
  const unsent = db.$client.prepare("SELECT 1 FROM reveals WHERE batch_id = ? AND state = 'queued' LIMIT 1").get(batchId);
  if (!unsent && batch.approval === "pending") {
    throw new AppError("conflict", "This batch waits for a manager's approval: nothing is being sent. A manager can reject it on Approvals.");
  }
  if (!unsent) {
    throw new AppError("conflict", batch.stoppedAt ? "This batch was already stopped." : "Nothing is left to stop: every reveal in this batch was already sent or answered.");
  }
  // Marked first: the batch page says "stopped" from now on. `stopping` stays set until every step below is done, so a
  // stop the server's end cut short is finished when it starts again (finishInterruptedStops), before anything is sent.
  db.update(batches)
    .set({ stoppedBy: sql`coalesce(${batches.stoppedBy}, ${viewer.id})`, stoppedAt: sql`coalesce(${batches.stoppedAt}, ${now})`, stopping: true })
    .where(eq(batches.id, batchId))
    .run();
  // A running batch waits for approval only for people freed from a teammate's stopped reveal: they go with the rest.
  const heldCancelled = batch.approval === "pending" ? withdrawHeldOnStop(db, batchId, viewer, now) : 0;

  const cancel = db.$client.prepare(
    `UPDATE reveals SET state = 'cancelled', completed_at = ?, updated_at = ?, error_code = 'stopped', error_message = ?
      WHERE +batch_id = ? AND rowid BETWEEN ? AND ? AND state = 'queued' AND ${NOT_TAKEN_BY_CLODURA}`,
  );
  const message = stoppedMessage(viewer.name);
  // Each step leaves the list's estimate with the people it cancelled, so a stop cut short leaves the two agreeing.
  const cancelStep = (from: number, to: number) =>
    db.transaction(() => {
      const changed = cancel.run(now, now, message, batchId, from, to).changes;
      changeEstimate(db, batchId, -changed);
      return changed;
    }, { behavior: "immediate" });
  const cancelled = await inSteps(db, batchId, cancelStep);
  const detachedBatches = db.transaction(() => {
    leaveStoppedToWebhooks(db, batchId, now);
    const detached = detachFrom(db, batchId, now, "cancelled");
    db.update(batches).set({ stopping: false }).where(eq(batches.id, batchId)).run();
    recordStop(db, { batchId, naming: batch, stopperId: viewer.id, ownerId: batch.createdBy, owner, cancelled, at: now });
    return detached;
  }, { behavior: "immediate" });
  const stillRunning = (
    db.$client.prepare("SELECT count(*) AS n FROM reveals WHERE batch_id = ? AND state IN ('queued', 'dispatching', 'awaiting')").get(batchId) as { n: number }
  ).n;

  for (const affected of new Set([batchId, ...detachedBatches])) publishEvent({ type: "batch.updated", batchId: affected });
  publishEvent({ type: "queue.changed" });
  return { cancelled: cancelled + heldCancelled, stillRunning, detached: detachedBatches.length };
}
