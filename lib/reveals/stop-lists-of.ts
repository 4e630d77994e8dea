import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { decideBatch } from "./decide-batch";
import { stopBatch } from "./stop-batch";

/**
 * A disabled person's lists send nothing more, and charge nothing more to them: each one still sending is stopped (its
 * teammates' attached rows get reveals of their own, as with any stop), and each one held for approval is declined.
 * Reveals already sent finish, as their answers are paid for either way. Returns how many lists it stopped or declined.
 */
export async function stopListsOf(db: Db, admin: SessionUser, ownerId: string, ownerName: string, now = Date.now()): Promise<number> {
  const lists = db.$client
    .prepare(
      `SELECT id, EXISTS (SELECT 1 FROM reveals r WHERE r.batch_id = b.id AND r.state = 'queued') AS sending
         FROM batches b WHERE b.created_by = ? AND b.creating = 0
          AND (b.approval = 'pending' OR EXISTS (SELECT 1 FROM reveals r WHERE r.batch_id = b.id AND r.state = 'queued'))`,
    )
    .all(ownerId) as { id: string; sending: number }[];
  let ended = 0;
  for (const list of lists) {
    try {
      if (list.sending) await stopBatch(db, list.id, admin, now);
      else decideBatch(db, { batchId: list.id, actorId: admin.id, decision: "reject", note: `${ownerName}'s account was disabled` }, new Date(now));
      ended += 1;
    } catch (error) {
      // Stopped or decided meanwhile (another tab, a manager): nothing of it is left to send.
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
    }
  }
  return ended;
}
