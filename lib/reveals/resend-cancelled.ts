import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { STOPPED } from "./resendable";

const cancelledByStop: Resend = {
  which: STOPPED,
  markCode: "resent",
  note: (viewer) => `Stopped before it was sent; sent again by ${viewer} in a new batch.`,
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: no reveal of this batch is waiting after a stop.",
};

/** The people a stop cancelled, as a new batch of the viewer's; their cancelled rows then point at it. */
export function resendCancelled(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  return resendAsNewBatch(db, batchId, viewer, cancelledByStop, now);
}
