"use client";

import type { BatchView } from "@/lib/reveals/schemas";
import { useResendCancelled } from "@/lib/reveals/use-reveals";
import { sendAgainErrorMessage } from "@/lib/reveals/sent-meanwhile-words";
import { RefusedResendNotice } from "./refused-resend-notice";
import { SendInNewBatch } from "./send-in-new-batch";

/** People a batch never sent (a stop cancelled them, or a manager did not approve them), sent in a new batch of the viewer's. */
export function SendAgainButton({ batchId, count, what, estimate }: { batchId: string; count: number; what: string; estimate: BatchView["resendEstimate"] }) {
  const resend = useResendCancelled(batchId);
  if (count === 0) return resend.error ? <RefusedResendNotice error={resend.error} /> : null;
  return (
    <div className="flex flex-col items-end gap-1">
      <SendInNewBatch action={`Send the ${count.toLocaleString("en")} ${what} in a new batch`} estimate={estimate} resend={resend} />
      {resend.error ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {sendAgainErrorMessage(resend.error)}
        </p>
      ) : null}
    </div>
  );
}
