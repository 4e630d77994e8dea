import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { createAnyBatch } from "./create-big-batch";
import type { BatchEntry, CreatedBatch } from "./create-batch";
import { findVisibleBatch } from "./get-batch";

/**
 * The people a stop cancelled, as a new batch of the viewer's: through the ledger (a teammate may have revealed them
 * since) and the budgets again, like any list. Their cancelled rows then point at the new batch, so it happens once.
 */
export async function resendCancelled(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  const { batch } = findVisibleBatch(db, batchId, viewer);
  const people = db.$client
    .prepare(
      `SELECT c.key, c.linkedin_url AS linkedinUrl, c.person_id AS personId, c.first_name AS firstName, c.last_name AS lastName, c.company
         FROM reveals r JOIN contacts c ON c.id = r.contact_id
        WHERE r.batch_id = ? AND r.state = 'cancelled' AND r.error_code = 'stopped'
        ORDER BY r.rowid`,
    )
    .all(batchId) as BatchEntry[];
  if (people.length === 0) throw new AppError("conflict", "Nothing to send again: no reveal of this batch is waiting after a stop.");
  const created = await createAnyBatch(db, { requestedBy: viewer.id, source: batch.source, viaPartners: batch.viaPartners, fileName: batch.fileName, name: batch.name, entries: people }, now);
  db.$client
    .prepare("UPDATE reveals SET error_code = 'resent', error_message = ?, updated_at = ? WHERE batch_id = ? AND state = 'cancelled' AND error_code = 'stopped'")
    .run(`Stopped before it was sent; sent again by ${viewer.name} in a new batch.`, now.getTime(), batchId);
  return created;
}
