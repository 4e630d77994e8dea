"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { batchLabel } from "@/lib/reveals/batch-label";
import { revealKeys } from "@/lib/reveals/keys";
import type { BatchSummary } from "@/lib/reveals/schemas";
import { useRecentBatches } from "@/lib/reveals/use-reveals";

const SHOWN_FOR_MS = 12_000;
const fmt = (value: number) => value.toLocaleString("en");

/**
 * "Acme webinar is done" wherever the rep is, for their own lists that finish while the app is open. Not on the
 * finished batch's own page (its progress bar already says so), and not for lists that were done before.
 */
export function BatchDoneNotices() {
  const { data } = useRecentBatches();
  const pathname = usePathname();
  const [previous, setPrevious] = useState(data);
  const [notices, setNotices] = useState<BatchSummary[]>([]);
  if (data !== previous) {
    setPrevious(data);
    const wasRunning = new Set((previous ?? []).filter((batch) => batch.done < batch.total).map((batch) => batch.id));
    const finished = (data ?? []).filter((batch) => batch.mine && batch.done >= batch.total && wasRunning.has(batch.id) && pathname !== `/batches/${batch.id}`);
    if (finished.length > 0) setNotices([...notices.filter((notice) => !finished.some((batch) => batch.id === notice.id)), ...finished]);
  }
  // Whatever else is on screen (the batches list, a batch page, People) catches up with the notice at once, not at its next poll.
  const queryClient = useQueryClient();
  const newest = notices.at(-1)?.id;
  useEffect(() => {
    if (!newest) return;
    void queryClient.invalidateQueries({ queryKey: revealKeys.batches() });
    void queryClient.invalidateQueries({ queryKey: revealKeys.people() });
  }, [newest, queryClient]);
  const dismiss = useCallback((id: string) => setNotices((shown) => shown.filter((notice) => notice.id !== id)), []);
  const visible = notices.filter((notice) => pathname !== `/batches/${notice.id}`);

  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-30 flex w-80 flex-col gap-2">
      {visible.map((batch) => (
        <BatchDoneNotice key={batch.id} batch={batch} onDismiss={dismiss} />
      ))}
    </div>
  );
}

function BatchDoneNotice({ batch, onDismiss }: { batch: BatchSummary; onDismiss: (id: string) => void }) {
  const { id } = batch;
  // It stays while the pointer or the focus is on it: time to read it, and to reach "Open the results" by keyboard.
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const kept = held.pointer || held.focus;
  useEffect(() => {
    if (kept) return;
    const timer = setTimeout(() => onDismiss(id), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [id, onDismiss, kept]);
  // Every number the list holds, as its page's Found chip counts them: the free ones too, said as part of them.
  const free = batch.freeWithNumber > 0 ? ` (including ${fmt(batch.freeWithNumber)} free from the ledger)` : "";
  return (
    <div
      role="status"
      onMouseEnter={() => setHeld((now) => ({ ...now, pointer: true }))}
      onMouseLeave={() => setHeld((now) => ({ ...now, pointer: false }))}
      onFocus={() => setHeld((now) => ({ ...now, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld((now) => ({ ...now, focus: false }));
      }}
      className="pointer-events-auto rounded-lg border border-emerald-200 bg-white p-3 text-sm shadow-lg dark:border-emerald-900 dark:bg-zinc-900">
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1">
          <span className="font-medium">{batchLabel(batch)}</span> is done: {fmt(batch.found + batch.freeWithNumber)} of {fmt(batch.total)} found{free}.
        </p>
        <button type="button" onClick={() => onDismiss(id)} aria-label={`Dismiss the notice about ${batchLabel(batch)}`} className="rounded px-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800">
          ×
        </button>
      </div>
      <Link href={`/batches/${id}`} onClick={() => onDismiss(id)} className="mt-1 inline-block text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Open the results
      </Link>
    </div>
  );
}
