"use client";

import Link from "next/link";
import { pendingCount, useBatch } from "@/lib/reveals/use-batch";
import { BatchProgress } from "./_components/batch-progress";
import { ResultGrid } from "./_components/result-grid";

export function BatchClient({ batchId }: { batchId: string }) {
  const { data: batch, error, isLoading } = useBatch(batchId);
  if (isLoading) return <p className="py-10 text-center text-sm text-zinc-500">Loading batch…</p>;
  if (error || !batch) {
    return (
      <div className="py-10 text-center">
        <p className="text-sm text-red-700 dark:text-red-400">{error?.message ?? "This batch could not be loaded."}</p>
        <Link href="/reveal" className="mt-3 inline-block text-sm text-indigo-600 hover:underline">
          Back to Reveal
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs text-zinc-500">
            <Link href="/reveal" className="hover:underline">
              Reveal
            </Link>{" "}
            / Batch
          </p>
          <h1 className="text-lg font-semibold">
            {batch.total.toLocaleString("en")} {batch.total === 1 ? "person" : "people"} · by {batch.createdBy}
          </h1>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {new Date(batch.createdAt).toLocaleString()} · {batch.viaPartners ? "partner providers asked" : "Clodura database only"}
            {pendingCount(batch) > 0 ? " · updating live" : ""}
          </p>
        </div>
        <BatchProgress batch={batch} />
      </div>
      <ResultGrid batch={batch} />
    </div>
  );
}
