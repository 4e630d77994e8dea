import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { RETRYABLE_FAILURE, UNFINISHED_NOT_RETRIED } from "./resendable";
import { triedAgain } from "./retry-failed";

const failedOrUnfinished: Resend = {
  which: `(${RETRYABLE_FAILURE} OR ${UNFINISHED_NOT_RETRIED})`,
  // Only the failures are marked: an unfinished row stays unfinished, and the new reveal is what says it was sent again.
  mark: triedAgain,
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: no reveal of this batch failed in a way another try could fix, or was cut short by Clodura's credits.",
};

/**
 * A list with both failures another try could fix and people Clodura's credits cut short: all of them as one new
 * batch of the viewer's, not one batch for each reason.
 */
export function sendFailedAndUnfinishedAgain(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  return resendAsNewBatch(db, batchId, viewer, failedOrUnfinished, now);
}
