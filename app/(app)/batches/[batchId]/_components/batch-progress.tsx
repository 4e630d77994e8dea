"use client";

import { useEffect } from "react";
import { batchLabel } from "@/lib/reveals/batch-label";
import type { BatchView } from "@/lib/reveals/schemas";
import { pendingCount } from "@/lib/reveals/use-batch";

export function BatchProgress({ batch }: { batch: BatchView }) {
  const { counts } = batch;
  const pending = pendingCount(counts);
  const done = batch.total - pending;
  const percent = batch.total === 0 ? 100 : Math.round((done / batch.total) * 100);
  const label = batchLabel(batch);
  // A rep working in another tab sees the list's progress in this tab's title.
  useEffect(() => {
    document.title = `${pending > 0 ? `${percent}%` : "Done"} · ${label} · Reveal Desk`;
  }, [pending, percent, label]);
  const rejected = batch.approval.state === "rejected";
  const answered = counts.found + counts.not_found;
  const foundRate = answered === 0 ? null : Math.round((counts.found / answered) * 100);
  return (
    <div className="w-full text-xs sm:w-96">
      <div className="mb-1 flex justify-between gap-2 text-zinc-600 dark:text-zinc-400">
        <span className="whitespace-nowrap">{rejected ? "Not approved: not sent" : `${done.toLocaleString("en")} / ${batch.total.toLocaleString("en")} done`}</span>
        <span className="text-right">
          <span className="text-emerald-700 dark:text-emerald-400">{counts.found.toLocaleString("en")} found</span>
          {foundRate === null ? null : ` (${foundRate}% of answered)`}
          {counts.cached > 0 ? <span className="text-violet-700 dark:text-violet-300"> · {counts.cached.toLocaleString("en")} free</span> : null}
          {counts.failed > 0 ? <span className="text-red-700 dark:text-red-400"> · {counts.failed} failed</span> : null}
          {counts.cancelled > 0 ? <span> · {counts.cancelled.toLocaleString("en")} cancelled</span> : null}
        </span>
      </div>
      <div role="progressbar" aria-label="Batch progress" aria-valuemin={0} aria-valuemax={batch.total} aria-valuenow={done} className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
        <div className={`h-full transition-[width] duration-500 ${rejected ? "bg-zinc-400 dark:bg-zinc-600" : "bg-emerald-500"}`} style={{ width: rejected ? "0%" : `${percent}%` }} />
      </div>
    </div>
  );
}
