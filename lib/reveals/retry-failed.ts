import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { resendAsNewBatch, type Resend, type ResendMark } from "./resend-people";
import { RETRYABLE_FAILURE } from "./resendable";

/** What a failed row says once it is tried again: it is not offered again. */
export const triedAgain: ResendMark = { code: "retried", note: (viewer) => `Failed here (Clodura errored or never answered); tried again by ${viewer} in a new batch.`, only: RETRYABLE_FAILURE };

const failedForNow: Resend = {
  which: RETRYABLE_FAILURE,
  mark: triedAgain,
  nameSuffix: "(tried again)",
  nothingLeft: "Nothing to try again: no reveal of this batch failed in a way another try could fix.",
};

/** The people whose reveals failed for now, as a new batch of the viewer's, charged only if found as usual. */
export function retryFailed(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  return resendAsNewBatch(db, batchId, viewer, failedForNow, now);
}
