"use client";

import { useViewerRole } from "@/components/shell/viewer-role";
import { ownListApprover } from "@/lib/reveals/approval-rule";

/**
 * Said before submitting: this list's worst case is over what a budget has left, so it will wait for approval (whose,
 * by the sender's role); `instead` says how to send it now (from useSendNowInstead).
 */
export function OverBudgetNotice({ what, reason, instead = null }: { what: "list" | "paste"; reason: string | null; instead?: string | null }) {
  const role = useViewerRole();
  if (!reason) return null;
  return (
    <p role="status" className="rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-xs text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
      Over budget: this {what} will wait for {ownListApprover(role).approval} before anything is sent. {reason}
      {instead ? ` ${instead}` : ""}
    </p>
  );
}
