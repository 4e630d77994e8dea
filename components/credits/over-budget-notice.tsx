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
    // Amber, as the page's other warnings: it turns the button into "Send for approval", which a rep must not miss.
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <span className="font-semibold">Over budget:</span> this {what} will wait for {ownListApprover(role).approval} before anything is sent. {reason}
      {instead ? ` ${instead}` : ""}
    </p>
  );
}
