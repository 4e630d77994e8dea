"use client";

import Link from "next/link";
import { useRecentBatches } from "@/lib/reveals/use-reveals";
import { batchLabel } from "@/lib/reveals/batch-label";
import { declinedWhole } from "@/lib/reveals/declined-whole";
import type { BatchSummary } from "@/lib/reveals/schemas";
import { When } from "@/components/ui/when";

const fmt = (n: number) => n.toLocaleString("en");

/** A list that is not simply running or done says so, instead of "0/3 done". */
function recentStatus(batch: BatchSummary): string {
  if (batch.approval === "pending") return `${fmt(batch.total)} waiting for approval`;
  if (declinedWhole(batch)) return `${batch.withdrawn ? "withdrawn" : "rejected"}: nothing sent`;
  // Found as the batch page counts it: every person the rep now has a number for, free ledger answers included.
  const progress = `${fmt(batch.done - batch.cancelled)}/${fmt(batch.total)} done · ${fmt(batch.found + batch.freeWithNumber)} found`;
  if (batch.stopped) return `stopped · ${progress}`;
  return batch.failed > 0 ? `${progress} · ${fmt(batch.failed)} failed` : progress;
}

export function RecentBatches() {
  const { data, error, isLoading } = useRecentBatches();
  return (
    <section aria-labelledby="recent-heading" className="pt-4">
      <div className="mb-2 flex items-baseline justify-between">
        <h2 id="recent-heading" className="text-sm font-semibold">
          Your recent batches
        </h2>
        <Link href="/batches" className="text-xs text-indigo-600 hover:underline dark:text-indigo-400">
          All batches
        </Link>
      </div>
      {isLoading ? <p className="text-sm text-zinc-500">Loading…</p> : null}
      {error ? <p className="text-sm text-red-700">{error.message}</p> : null}
      {data && data.length === 0 ? <p className="text-sm text-zinc-500 dark:text-zinc-400">No batches yet. Your first reveal will show up here.</p> : null}
      {data && data.length > 0 ? (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {data.slice(0, 5).map((batch) => (
            <li key={batch.id}>
              {/* On a phone the name takes its own line: beside the date and the counts it shrank to a letter or two. */}
              <Link href={`/batches/${batch.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-0.5 px-3 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
                <When at={batch.createdAt} className="w-36 shrink-0 whitespace-nowrap text-zinc-500 max-sm:w-auto max-sm:text-xs" />
                <span className="min-w-0 flex-1 truncate max-sm:order-first max-sm:basis-full">{batchLabel(batch)}</span>
                <span className="ml-auto whitespace-nowrap font-mono text-xs">
                  {recentStatus(batch)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
