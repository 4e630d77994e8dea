import type { Db } from "@/db/client";
import { publishEvent } from "@/lib/events/bus";
import { changeEstimate } from "./batch-estimate";
import { detachFrom } from "./big-batch-lifecycle";
import { leaveStoppedToWebhooks, NOT_TAKEN_BY_CLODURA } from "./may-have-arrived";
import type { BatchNaming } from "./batch-label";
import { recordStop, stoppedMessage } from "./stop-audit";

/**
 * At start, before the dispatcher runs: stops the server's end cut short (`batches.stopping` still set) are finished.
 * Their batches say "stopped", so nothing more of them may be sent: every reveal Clodura has not taken is cancelled, and
 * teammates' reveals attached to one get their own, as the stop would have done. Returns the batches finished.
 */
export function finishInterruptedStops(db: Db, now = Date.now()): number {
  const interrupted = db.$client
    .prepare(
      `SELECT b.id, b.name, b.file_name AS fileName, b.source, b.pasted_summary AS pastedSummary, b.created_by AS ownerId, owner.name AS owner,
              b.stopped_by AS stopperId, coalesce(stopper.name, 'a teammate') AS stopper
         FROM batches AS b JOIN users AS owner ON owner.id = b.created_by LEFT JOIN users AS stopper ON stopper.id = b.stopped_by
        WHERE b.stopping = 1`,
    )
    .all() as (BatchNaming & { id: string; ownerId: string; owner: string; stopperId: string | null; stopper: string })[];
  const cancel = db.$client.prepare(
    `UPDATE reveals SET state = 'cancelled', completed_at = ?, updated_at = ?, error_code = 'stopped', error_message = ?
      WHERE batch_id = ? AND state = 'queued' AND ${NOT_TAKEN_BY_CLODURA}`,
  );
  const clear = db.$client.prepare("UPDATE batches SET stopping = 0 WHERE id = ?");
  const countStopped = db.$client.prepare("SELECT count(*) AS cancelled FROM reveals WHERE batch_id = ? AND state = 'cancelled' AND error_code = 'stopped'");
  for (const batch of interrupted) {
    const detached = db.transaction(
      () => {
        changeEstimate(db, batch.id, -cancel.run(now, now, stoppedMessage(batch.stopper), batch.id).changes);
        leaveStoppedToWebhooks(db, batch.id, now);
        const changed = detachFrom(db, batch.id, now, "cancelled");
        clear.run(batch.id);
        // The stop's own steps before the end cancelled some of them: the history counts them all.
        const { cancelled } = countStopped.get(batch.id) as { cancelled: number };
        if (batch.stopperId) recordStop(db, { batchId: batch.id, naming: batch, stopperId: batch.stopperId, ownerId: batch.ownerId, owner: batch.owner, cancelled, at: now, finishedAtStart: true });
        return changed;
      },
      { behavior: "immediate" },
    );
    for (const affected of new Set([batch.id, ...detached])) publishEvent({ type: "batch.updated", batchId: affected });
  }
  if (interrupted.length > 0) publishEvent({ type: "queue.changed" });
  return interrupted.length;
}
