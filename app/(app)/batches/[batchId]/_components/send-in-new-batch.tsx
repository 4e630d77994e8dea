"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useViewerRole } from "@/components/shell/viewer-role";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useMyBudget } from "@/lib/credits/use-credits";
import { ownListApprover } from "@/lib/reveals/approval-rule";
import { resendWarning } from "@/lib/reveals/resend-warning";
import type { CreatedBatch } from "@/lib/reveals/create-batch";
import type { ResendEstimate } from "@/lib/reveals/schemas";
import { useListOwner } from "./list-owner";

type SendInNewBatchProps = { action: string; estimate: ResendEstimate | null; resend: UseMutationResult<CreatedBatch, Error, void> };

/**
 * Some of a list's people sent in a new batch of the viewer's, opened once made. Like a paste or an upload, nothing is
 * spent on one click: it asks, in place, and says what it may cost.
 */
export function SendInNewBatch({ action, estimate, resend }: SendInNewBatchProps) {
  const router = useRouter();
  const budget = useMyBudget();
  const approval = ownListApprover(useViewerRole()).approval;
  const owner = useListOwner();
  return (
    <ConfirmButton
      size="sm"
      warning={resendWarning(estimate, budget.data, approval, owner)}
      confirmLabel="Send them"
      confirmVariant="primary"
      disabled={resend.isPending}
      onConfirm={() => resend.mutate(undefined, { onSuccess: (created) => router.push(`/batches/${created.batchId}`) })}
    >
      {resend.isPending ? "Creating the batch…" : action}
    </ConfirmButton>
  );
}
