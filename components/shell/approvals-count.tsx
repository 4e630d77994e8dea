"use client";

import { useApprovals } from "@/lib/credits/use-credits";

/** How many lists wait for a manager, next to the Approvals link. */
export function ApprovalsCount() {
  const { data } = useApprovals();
  if (!data || data.length === 0) return null;
  return (
    <span aria-label={`${data.length} waiting`} className="rounded-full bg-indigo-600 px-1.5 text-xs font-medium text-white">
      {data.length}
    </span>
  );
}
