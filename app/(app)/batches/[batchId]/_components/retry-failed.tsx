"use client";

import { failureNotice } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import { useRetryFailed } from "@/lib/reveals/use-reveals";
import { ResendNotice } from "./resend-notice";

/** Reveals that failed for now (Clodura kept erroring, or never answered), and a way to try them again. */
export function RetryFailedNotice({ batch }: { batch: BatchView }) {
  const retry = useRetryFailed(batch.id);
  const n = batch.retryableFailures;
  if (n === 0) return null;
  return <ResendNotice label="Failed reveals" tone="red" message={failureNotice(n, batch.unansweredFailures)} action={`Try the ${n.toLocaleString("en")} again in a new batch`} estimate={batch.retryEstimate} resend={retry} />;
}
