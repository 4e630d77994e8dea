import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { UNANSWERED_WHERE_SENT_AGAIN } from "./resendable";

const unansweredThere: Resend = {
  which: UNANSWERED_WHERE_SENT_AGAIN,
  // Each keeps its code (a failure's says whether Clodura's late answer is still taken); its new list is what marks it.
  mark: { code: null, note: (viewer) => `Not answered in the list it was sent again in; sent again by ${viewer} in a new batch.` },
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: everyone a teammate sent again from this list was answered there, is still on the way, or has been sent again since.",
};

/**
 * The people a teammate (a manager) sent again from this list whose reveal there ended without an answer (that list
 * was stopped or rejected, or Clodura kept failing), as a new batch of the viewer's, checked like any list.
 */
export function resendUnansweredElsewhere(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  return resendAsNewBatch(db, batchId, viewer, unansweredThere, now);
}
