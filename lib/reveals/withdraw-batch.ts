import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { decideBatch, decidedBefore } from "./decide-batch";
import { findVisibleBatch } from "./get-batch";

/**
 * A list held over budget, taken back by the person who sent it (a mistaken paste need not wait for a manager to
 * reject it). It is a rejection by its owner: the held reveals are cancelled, teammates attached to them get their own.
 */
export function withdrawBatch(db: Db, batchId: string, viewer: SessionUser) {
  const { batch } = findVisibleBatch(db, batchId, viewer);
  if (batch.createdBy !== viewer.id) throw new AppError("forbidden", "Only the person who sent this list can withdraw it; a manager can reject it on Approvals.");
  // Decided meanwhile: say by whom and when, as a second manager's decision is told.
  if (batch.approval !== "pending") throw decidedBefore(db, batchId, new Date());
  return decideBatch(db, { batchId, actorId: viewer.id, decision: "reject" });
}
