"use client";

import { failureNotice, rejectedNotice, resendAction } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import { useRetryFailed } from "@/lib/reveals/use-reveals";
import { RefusedResendNotice } from "./refused-resend-notice";
import { ResendNotice } from "./resend-notice";

/** Reveals that failed for now (Clodura kept erroring, or never answered), and a way to try them again. */
export function RetryFailedNotice({ batch }: { batch: BatchView }) {
  const retry = useRetryFailed(batch.id);
  const n = batch.retryableFailures;
  if (n === 0) return retry.error ? <RefusedResendNotice error={retry.error} /> : null;
  const message = `${failureNotice(n, batch.unansweredFailures)}${batch.rejectedFailures > 0 ? ` ${rejectedNotice(batch.rejectedFailures)}` : ""}`;
  return <ResendNotice label="Failed reveals" tone="red" message={message} action={resendAction(n, 0)} estimate={batch.retryEstimate} resend={retry} />;
}
