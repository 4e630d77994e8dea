import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { findVisibleBatch } from "./get-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { NOT_APPROVED, STOPPED } from "./resendable";

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

/**
 * The people a stop cancelled, or (in a list that was not approved) the ones held over budget, as a new batch of the
 * viewer's; their cancelled rows then point at it.
 */
export async function resendCancelled(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  const { batch } = findVisibleBatch(db, batchId, viewer);
  return resendAsNewBatch(db, batchId, viewer, batch.stoppedAt ? cancelledByStop : notApproved, now);
}
