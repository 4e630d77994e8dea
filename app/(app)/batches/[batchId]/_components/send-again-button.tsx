"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { BatchView } from "@/lib/reveals/schemas";
import { useResendCancelled } from "@/lib/reveals/use-reveals";

const fmt = (value: number) => value.toLocaleString("en");

/**
 * People a batch never sent (a stop cancelled them, or a manager did not approve them), sent in a new batch of the
 * viewer's. Like a paste or an upload, nothing is spent on one click: it asks, in place, and says what it costs.
 */
export function SendAgainButton({ batchId, count, what, estimate }: { batchId: string; count: number; what: string; estimate: BatchView["resendEstimate"] }) {
  const router = useRouter();
  const resend = useResendCancelled(batchId);
  const cost = estimate ? `Worst case ${fmt(estimate.worstCase)} credits, expected ~${fmt(estimate.expected)}, less whoever the team ledger answers for free. ` : "";
  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmButton
        size="sm"
        warning={`${cost}A new list, checked like any other: what is over your budget waits for approval, and each number found is charged.`}
        confirmLabel="Send them"
        confirmVariant="primary"
        disabled={resend.isPending}
        onConfirm={() => resend.mutate(undefined, { onSuccess: (created) => router.push(`/batches/${created.batchId}`) })}
      >
        {resend.isPending ? "Creating the batch…" : `Send the ${count.toLocaleString("en")} ${what} in a new batch`}
      </ConfirmButton>
      {resend.error ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {resend.error.message}
        </p>
      ) : null}
    </div>
  );
}
