import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreatedBatch } from "./create-batch";
import { resendAsNewBatch, type Resend } from "./resend-people";
import { UNFINISHED_NOT_RETRIED } from "./resendable";

const unfinished: Resend = {
  which: UNFINISHED_NOT_RETRIED,
  mark: null,
  nameSuffix: "(sent again)",
  nothingLeft: "Nothing to send again: no reveal of this list was cut short by Clodura's credits, or each has been sent again since.",
};

/** The people whose reveals Clodura's credits cut short (nothing charged), as a new batch of the viewer's, checked like any list. */
export function resendUnfinished(db: Db, batchId: string, viewer: SessionUser, now = new Date()): Promise<CreatedBatch> {
  return resendAsNewBatch(db, batchId, viewer, unfinished, now);
}
