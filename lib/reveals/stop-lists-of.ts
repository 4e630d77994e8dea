import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { decideBatch } from "./decide-batch";
import { stopBatch } from "./stop-batch";

const SENDING = "EXISTS (SELECT 1 FROM reveals r WHERE r.batch_id = b.id AND r.state = 'queued')";

/**
 * In the transaction that disables a person: each of their lists still sending is marked as being stopped, so the
 * dispatcher sends nothing more from any of them at once, and a stop the server's end cuts short is finished when it
 * starts again (finishInterruptedStops).
 */
export function markListsStopping(db: Db, adminId: string, ownerId: string, now: number): void {
  db.$client
    .prepare(
      `UPDATE batches AS b SET stopping = 1, stopped_by = coalesce(stopped_by, ?), stopped_at = coalesce(stopped_at, ?)
        WHERE b.created_by = ? AND b.creating = 0 AND ${SENDING}`,
    )
    .run(adminId, now, ownerId);
}

/**
 * After it: a disabled person's lists send nothing more, and charge nothing more to them. Each one still sending is
 * stopped (its teammates' attached rows get reveals of their own, as with any stop), and each one held for approval is
 * declined. Reveals already sent finish, as their answers are paid for either way. One list that fails to stop stays
 * marked, and sends nothing; the others are stopped all the same.
 */
export async function stopListsOf(db: Db, admin: SessionUser, ownerId: string, ownerName: string, now = Date.now()): Promise<void> {
  const sending = db.$client.prepare(`SELECT id FROM batches b WHERE b.created_by = ? AND b.creating = 0 AND (b.stopping = 1 OR ${SENDING})`).all(ownerId) as { id: string }[];
  for (const list of sending) await settle(`stop list ${list.id}`, () => stopBatch(db, list.id, admin, now));
  // Marked, but emptied by the dispatcher before its stop came: there is nothing left to finish.
  db.$client.prepare(`UPDATE batches AS b SET stopping = 0 WHERE b.created_by = ? AND b.stopping = 1 AND NOT ${SENDING}`).run(ownerId);
  // Held whole, or held for freed people once nothing of it was left to stop.
  const pending = db.$client.prepare("SELECT id FROM batches WHERE created_by = ? AND creating = 0 AND approval = 'pending'").all(ownerId) as { id: string }[];
  for (const list of pending) {
    await settle(`decline list ${list.id}`, () => decideBatch(db, { batchId: list.id, actorId: admin.id, decision: "reject", note: `${ownerName}'s account was disabled` }, new Date(now)));
  }
}

async function settle(what: string, act: () => unknown): Promise<void> {
  try {
    await act();
  } catch (error) {
    // Stopped or decided meanwhile (another tab, a manager): nothing of it is left to send.
    if (error instanceof AppError && error.code === "conflict") return;
    console.error(`[reveal-desk] disabling a person: could not ${what}`, error instanceof Error ? error.message : error);
  }
}
