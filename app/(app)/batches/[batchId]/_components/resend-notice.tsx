"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import type { CreatedBatch } from "@/lib/reveals/create-batch";
import type { ResendEstimate } from "@/lib/reveals/schemas";
import { sendAgainErrorMessage } from "@/lib/reveals/sent-meanwhile-words";
import { SendInNewBatch } from "./send-in-new-batch";

const tones = {
  red: "border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-200",
  amber: "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200",
};

/** `message`: one sentence group, or several (failed, unfinished) each on its own line under the label shown as a heading. */
type ResendNoticeProps = { label: string; tone: keyof typeof tones; message: string | string[]; action: string; estimate: ResendEstimate | null; resend: UseMutationResult<CreatedBatch, Error, void> };

/**
 * Some of a list's people that did not get an answer, said why, and a button that sends them in a new batch of the
 * viewer's, asked for in place first.
 */
export function ResendNotice({ label, tone, message, action, estimate, resend }: ResendNoticeProps) {
  return (
    <div role="status" aria-label={label} className={`flex flex-wrap items-center gap-3 rounded-lg border px-3 py-2 text-sm ${tones[tone]}`}>
      <div className="min-w-0 flex-1 basis-48">
        {typeof message === "string" ? (
          <p>{message}</p>
        ) : (
          <>
            <p className="font-semibold">{label}</p>
            {message.map((part) => (
              <p key={part} className="mt-1">
                {part}
              </p>
            ))}
          </>
        )}
        {resend.error ? (
          <p role="alert" className="mt-1 font-medium">
            {sendAgainErrorMessage(resend.error)}
          </p>
        ) : null}
      </div>
      <SendInNewBatch action={action} estimate={estimate} resend={resend} />
    </div>
  );
}
