"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { failureNotice } from "@/lib/reveals/failure-notice";
import type { BatchView } from "@/lib/reveals/schemas";
import { useRetryFailed } from "@/lib/reveals/use-reveals";

/** Reveals that failed for now (Clodura kept erroring, or never answered), and a way to try them again. */
export function RetryFailedNotice({ batch }: { batch: BatchView }) {
  const router = useRouter();
  const retry = useRetryFailed(batch.id);
  const n = batch.retryableFailures;
  if (n === 0) return null;
  return (
    <div role="status" aria-label="Failed reveals" className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
      <div className="min-w-0 flex-1">
        <p>{failureNotice(n, batch.unansweredFailures)}</p>
        {retry.error ? (
          <p role="alert" className="mt-1 font-medium">
            {retry.error.message}
          </p>
        ) : null}
      </div>
      <Button variant="secondary" size="sm" disabled={retry.isPending} onClick={() => retry.mutate(undefined, { onSuccess: (created) => router.push(`/batches/${created.batchId}`) })}>
        {retry.isPending ? "Creating the batch…" : `Try the ${n.toLocaleString("en")} again in a new batch`}
      </Button>
    </div>
  );
}
