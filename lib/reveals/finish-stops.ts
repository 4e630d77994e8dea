import type { Db } from "@/db/client";
import { publishEvent } from "@/lib/events/bus";
import { detachFrom } from "./big-batch-lifecycle";
import { stoppedMessage } from "./stop-batch";

/**
 * At start, before the dispatcher runs: stops the server's end cut short (`batches.stopping` still set) are finished.
 * Their batches say "stopped", so nothing more of them may be sent: every reveal not yet sent is cancelled, and
 * teammates' reveals attached to one get their own, as the stop would have done. Returns the batches finished.
 */
export function finishInterruptedStops(db: Db, now = Date.now()): number {
  const interrupted = db.$client
    .prepare("SELECT b.id, coalesce(u.name, 'a teammate') AS stopper FROM batches AS b LEFT JOIN users AS u ON u.id = b.stopped_by WHERE b.stopping = 1")
    .all() as { id: string; stopper: string }[];
  const cancel = db.$client.prepare(
    `UPDATE reveals SET state = 'cancelled', completed_at = ?, updated_at = ?, error_code = 'stopped', error_message = ?
      WHERE batch_id = ? AND state = 'queued' AND attempts = 0`,
  );
  const clear = db.$client.prepare("UPDATE batches SET stopping = 0 WHERE id = ?");
  for (const batch of interrupted) {
    const detached = db.transaction(
      () => {
        cancel.run(now, now, stoppedMessage(batch.stopper), batch.id);
        const changed = detachFrom(db, batch.id, now, "cancelled");
        clear.run(batch.id);
        return changed;
      },
      { behavior: "immediate" },
    );
    for (const affected of new Set([batch.id, ...detached])) publishEvent({ type: "batch.updated", batchId: affected });
  }
  if (interrupted.length > 0) publishEvent({ type: "queue.changed" });
  return interrupted.length;
}
