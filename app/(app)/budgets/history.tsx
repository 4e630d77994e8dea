"use client";

import { useViewerRole } from "@/components/shell/viewer-role";
import { Button } from "@/components/ui/button";
import { useAuditHistory } from "@/lib/credits/use-credits";
import { When } from "@/components/ui/when";

/** Who changed a cap, a price, a setting or (for an admin) the team, decided on or stopped a batch, or resumed sending: newest first, older pages on request. */
export function AuditHistory() {
  const history = useAuditHistory();
  // The server leaves changes to the team out for anyone but an admin.
  const team = useViewerRole() === "admin";
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <section aria-label="History" className="rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="mb-2 text-sm font-medium">History: budgets, approvals, stops, pauses{team ? ", settings and the team" : " and settings"}</h2>
      {history.error ? <p role="alert" className="text-sm text-red-700">{history.error.message}</p> : null}
      {history.isLoading ? <p className="text-sm text-zinc-500">Loading history…</p> : null}
      {history.data && entries.length === 0 ? <p className="text-sm text-zinc-500">No changes yet.</p> : null}
      <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
        {entries.map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
            <When at={entry.at} className="w-36 shrink-0 whitespace-nowrap text-xs text-zinc-500" />
            <span className="w-32 shrink-0">{entry.actor}</span>
            <span className="min-w-0 flex-1 basis-0 [overflow-wrap:anywhere] max-sm:basis-full">{entry.summary}</span>
          </li>
        ))}
      </ul>
      {history.hasNextPage ? (
        <div className="pt-2">
          <Button variant="secondary" size="sm" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {history.isFetchingNextPage ? "Loading…" : "Show older changes"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
