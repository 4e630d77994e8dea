"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { CreatedBatch } from "@/lib/reveals/create-batch";
import type { ResendEstimate } from "@/lib/reveals/schemas";

const fmt = (value: number) => value.toLocaleString("en");

/** What pressing "Send them" does and may cost, said before it is pressed. */
function warningFor(estimate: ResendEstimate | null): string {
  const cost = estimate ? `Worst case ${fmt(estimate.worstCase)} credits, expected ~${fmt(estimate.expected)}, less whoever the team ledger answers for free. ` : "";
  return `${cost}A new list of yours, checked like any other: what is over your budget waits for approval, and each number found is charged.`;
}

type SendInNewBatchProps = { action: string; estimate: ResendEstimate | null; resend: UseMutationResult<CreatedBatch, Error, void> };

/**
 * Some of a list's people sent in a new batch of the viewer's, opened once made. Like a paste or an upload, nothing is
 * spent on one click: it asks, in place, and says what it may cost.
 */
export function SendInNewBatch({ action, estimate, resend }: SendInNewBatchProps) {
  const router = useRouter();
  return (
    <ConfirmButton
      size="sm"
      warning={warningFor(estimate)}
      confirmLabel="Send them"
      confirmVariant="primary"
      disabled={resend.isPending}
      onConfirm={() => resend.mutate(undefined, { onSuccess: (created) => router.push(`/batches/${created.batchId}`) })}
    >
      {resend.isPending ? "Creating the batch…" : action}
    </ConfirmButton>
  );
}
