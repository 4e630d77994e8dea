"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { CreatedBatch } from "@/lib/reveals/create-batch";

const tones = {
  red: "border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-200",
  amber: "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200",
};

/** What pressing "Send them" does, said before it is pressed. */
export const NEW_LIST_OF_YOURS = "A new list of yours, checked like any other: what is over your budget waits for approval, and each number found is charged.";

type ResendNoticeProps = { label: string; tone: keyof typeof tones; message: string; action: string; warning: string; resend: UseMutationResult<CreatedBatch, Error, void> };

/**
 * Some of a list's people that did not get an answer, said why, and a button that sends them in a new batch of the
 * viewer's (opened once made). It asks in place first, with `warning`: a new batch spends credits.
 */
export function ResendNotice({ label, tone, message, action, warning, resend }: ResendNoticeProps) {
  const router = useRouter();
  return (
    <div role="status" aria-label={label} className={`flex flex-wrap items-center gap-3 rounded-lg border px-3 py-2 text-sm ${tones[tone]}`}>
      <div className="min-w-0 flex-1">
        <p>{message}</p>
        {resend.error ? (
          <p role="alert" className="mt-1 font-medium">
            {resend.error.message}
          </p>
        ) : null}
      </div>
      <ConfirmButton
        size="sm"
        warning={warning}
        confirmLabel="Send them"
        confirmVariant="primary"
        disabled={resend.isPending}
        onConfirm={() => resend.mutate(undefined, { onSuccess: (created) => router.push(`/batches/${created.batchId}`) })}
      >
        {resend.isPending ? "Creating the batch…" : action}
      </ConfirmButton>
    </div>
  );
}
