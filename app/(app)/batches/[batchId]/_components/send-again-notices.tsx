"use client";

import { failureNotice, rejectedNotice, resendAction, unfinishedNotice } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { useSendFailedAndUnfinishedAgain } from "@/lib/reveals/use-reveals";
import { ResendNotice } from "./resend-notice";
import { RetryFailedNotice } from "./retry-failed";
import { UnfinishedNotice } from "./send-unfinished";

/**
 * The people of a batch another request could answer: failed for now, cut short by Clodura's credits, or both. Both
 * make one notice and one new batch: two buttons made two lists of the same list's leftovers. People a teammate sent
 * again whose list there did not answer them are offered apart, under the note of where they went.
 */
export function SendAgainNotices({ batch }: { batch: BatchView }) {
  if (batch.retryableFailures > 0 && batch.resendableUnfinished > 0) return <FailedAndUnfinishedNotice batch={batch} />;
  return (
    <>
      <RetryFailedNotice batch={batch} />
      <UnfinishedNotice batch={batch} />
    </>
  );
}

function FailedAndUnfinishedNotice({ batch }: { batch: BatchView }) {
  const resend = useSendFailedAndUnfinishedAgain(batch.id);
  const paused = Boolean(useQueueStatus().data?.pause);
  const rejected = batch.rejectedFailures > 0 ? ` ${rejectedNotice(batch.rejectedFailures)}` : "";
  // Two causes, two lines: run together they read as one red wall.
  const message = [`${failureNotice(batch.retryableFailures, batch.unansweredFailures)}${rejected}`, unfinishedNotice(batch.resendableUnfinished, paused)];
  const action = resendAction(batch.retryableFailures, batch.resendableUnfinished);
  return <ResendNotice label="Failed and unfinished reveals" tone="red" message={message} action={action} estimate={batch.failedAndUnfinishedEstimate} resend={resend} />;
}
