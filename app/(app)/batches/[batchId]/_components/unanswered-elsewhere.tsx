"use client";

import { resendPeopleAction, unansweredElsewhereNotice } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import { useResendUnansweredElsewhere } from "@/lib/reveals/use-reveals";
import { RefusedResendNotice } from "./refused-resend-notice";
import { ResendNotice } from "./resend-notice";

/** People a teammate (a manager) sent again from this list whose reveal in their list ended unanswered: sent again from here. */
export function UnansweredElsewhereNotice({ batch }: { batch: BatchView }) {
  const resend = useResendUnansweredElsewhere(batch.id);
  const n = batch.unansweredElsewhere;
  if (n === 0) return resend.error ? <RefusedResendNotice error={resend.error} /> : null;
  return <ResendNotice label="Not answered where sent again" tone="amber" message={unansweredElsewhereNotice(n)} action={resendPeopleAction(n)} estimate={batch.unansweredElsewhereEstimate} resend={resend} />;
}
