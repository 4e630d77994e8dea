import type { BatchView } from "@/lib/reveals/schemas";
import { pendingCount } from "@/lib/reveals/use-batch";

export function BatchProgress({ batch }: { batch: BatchView }) {
  const done = batch.total - pendingCount(batch);
  const percent = batch.total === 0 ? 100 : Math.round((done / batch.total) * 100);
  const foundRate = done === 0 ? null : Math.round((batch.counts.found / done) * 100);
  return (
    <div className="w-full max-w-sm text-xs">
      <div className="mb-1 flex justify-between text-zinc-600 dark:text-zinc-400">
        <span>
          {done.toLocaleString("en")} / {batch.total.toLocaleString("en")} done
        </span>
        <span>
          <span className="text-emerald-700 dark:text-emerald-400">{batch.counts.found} found</span>
          {foundRate === null ? null : ` (${foundRate}%)`} · {batch.counts.not_found} not found
          {batch.counts.failed > 0 ? <span className="text-red-700 dark:text-red-400"> · {batch.counts.failed} failed</span> : null}
        </span>
      </div>
      <div role="progressbar" aria-label="Batch progress" aria-valuemin={0} aria-valuemax={batch.total} aria-valuenow={done} className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
        <div className="h-full bg-emerald-500 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
