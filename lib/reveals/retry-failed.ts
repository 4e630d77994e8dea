import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { RETRYABLE_FAILURE } from "./resendable";

const failedForNow: Resend = {
  which: RETRYABLE_FAILURE,
  mark: { code: "retried", note: (viewer) => `Failed here (Clodura errored or never answered); tried again by ${viewer} in a new batch.` },
  nameSuffix: "(tried again)",
  nothingLeft: "Nothing to try again: no reveal of this batch failed in a way another try could fix.",
};

/** The people whose reveals failed for now, as a new batch of the viewer's, charged only if found as usual. */
export function retryFailed(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  return resendAsNewBatch(db, batchId, viewer, failedForNow, now);
}
