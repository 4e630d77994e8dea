import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { CreatedBatch } from "./create-batch";
import { findVisibleBatch } from "./get-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { NEVER_SENT, neverSentOf, type NeverSent } from "./resendable";

const resends: Record<NeverSent, Resend> = {
  stopped: {
    which: NEVER_SENT.stopped,
    mark: { code: "resent", note: (viewer) => `Stopped before it was sent; sent again by ${viewer} in a new batch.` },
    nameSuffix: "(sent again)",
    nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a stop.",
  },
  not_approved: {
    which: NEVER_SENT.not_approved,
    mark: { code: "resent", note: (viewer) => `Not sent when it waited for approval; sent again by ${viewer} in a new batch.` },
    nameSuffix: "(sent again)",
    nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a rejection.",
  },
  both: {
    which: NEVER_SENT.both,
    mark: { code: "resent", note: (viewer) => `Not sent (stopped, or rejected); sent again by ${viewer} in a new batch.` },
    nameSuffix: "(sent again)",
    nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a stop or a rejection.",
  },
};

/**
 * The people a stop cancelled, or the ones held over budget in a list that was not approved, as a new batch of the
 * viewer's; their cancelled rows then point at it. A list not approved is sent again by its owner only: it is their
 * budget the new list is checked against.
 */
export async function resendCancelled(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  const { batch } = findVisibleBatch(db, batchId, viewer);
  const neverSent = neverSentOf(batch);
  if (!neverSent) throw new AppError("conflict", "Nothing to send again: this list was neither stopped nor declined.");
  if (neverSent === "not_approved" && viewer.id !== batch.createdBy) {
    throw new AppError("forbidden", "Only the list's owner can send a rejected list again.");
  }
  return resendAsNewBatch(db, batchId, viewer, resends[neverSent], now);
}
