"use client";

import { resendAction, unfinishedNotice } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { useResendUnfinished } from "@/lib/reveals/use-reveals";
import { RefusedResendNotice } from "./refused-resend-notice";
import { ResendNotice } from "./resend-notice";

/** Reveals Clodura's credits cut short before every provider was asked: nothing was charged, and they can be sent again. */
export function UnfinishedNotice({ batch }: { batch: BatchView }) {
  const resend = useResendUnfinished(batch.id);
  const paused = Boolean(useQueueStatus().data?.pause);
  const n = batch.resendableUnfinished;
  if (n === 0) return resend.error ? <RefusedResendNotice error={resend.error} /> : null;
  return <ResendNotice label="Unfinished reveals" tone="amber" message={unfinishedNotice(n, paused)} action={resendAction(0, n)} estimate={batch.unfinishedEstimate} resend={resend} />;
}
