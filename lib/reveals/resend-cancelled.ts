import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { CreatedBatch } from "./create-batch";
import { findVisibleBatch } from "./get-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { NOT_APPROVED, STOPPED, STOPPED_OR_NOT_APPROVED } from "./resendable";

const cancelledByStop: Resend = {
  which: STOPPED,
  markCode: "resent",
  note: (viewer) => `Stopped before it was sent; sent again by ${viewer} in a new batch.`,
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a stop.",
};

const notApproved: Resend = {
  which: NOT_APPROVED,
  markCode: "resent",
  note: (viewer) => `Not sent when it waited for approval; sent again by ${viewer} in a new batch.`,
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a rejection.",
};

/** A running list a manager rejected the held part of, then stopped: both kinds were never sent. */
const stoppedAndNotApproved: Resend = {
  which: STOPPED_OR_NOT_APPROVED,
  markCode: "resent",
  note: (viewer) => `Not sent (stopped, or not approved); sent again by ${viewer} in a new batch.`,
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a stop or a rejection.",
};

/** Batches this process is sending again right now: a big one is written in chunks, and a second press must not copy it. */
const resending = new Set<string>();

/**
 * The people a stop cancelled, or the ones held over budget in a list that was not approved, as a new batch of the
 * viewer's; their cancelled rows then point at it. A list not approved is sent again by its owner only: it is their
 * budget the new list is checked against.
 */
export async function resendCancelled(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  const { batch } = findVisibleBatch(db, batchId, viewer);
  const rejected = batch.approval === "rejected";
  if (rejected && !batch.stoppedAt && viewer.id !== batch.createdBy) {
    throw new AppError("forbidden", "Only the list's owner can send a list that was not approved again.");
  }
  if (resending.has(batchId)) throw new AppError("conflict", "This list is already being sent again.");
  resending.add(batchId);
  try {
    const resend = batch.stoppedAt ? (rejected ? stoppedAndNotApproved : cancelledByStop) : notApproved;
    return await resendAsNewBatch(db, batchId, viewer, resend, now);
  } finally {
    resending.delete(batchId);
  }
}
