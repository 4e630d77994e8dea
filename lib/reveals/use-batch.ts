"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import { appendBatchPage, mergeBatchView } from "./merge-batch-view";
import { pendingCount } from "./state-machine";
import type { BatchPage, BatchView } from "./schemas";

/** Rows in the first answer: enough to fill the screen at once, even for a 100,000-person batch. */
const FIRST_PAGE = 500;
/** Rows per later page, loaded one after another in the background (each is ~0.15 s of server time at 95k rows). */
const PAGE = 5_000;

/**
 * How long a burst of live events is gathered into one refresh. Every refresh recounts the whole batch on the server
 * (about 1.5 ms per 1,000 rows), so a 100,000-person batch refreshes every 2.5 s rather than five times a second.
 */
export function refreshDelayMs(total: number): number {
  return Math.min(2_500, Math.max(200, Math.round(total / 40)));
}

/** True while later pages of rows are still on their way. */
export function loadingRows(batch: BatchView): boolean {
  return batch.more !== null;
}

/**
 * The batch view. The first answer holds the first rows, shown at once; the rest follow page by page. Once every row
 * is in, refreshes ask only for rows changed since the last cursor, so a 100,000-row batch stays cheap to keep live.
 * Server-sent events trigger refreshes; a slow poll covers a dropped stream; both stop when every row is final.
 */
export function useBatch(batchId: string) {
  const queryClient = useQueryClient();
  const key = revealKeys.batch(batchId);
  const url = `/api/batches/${encodeURIComponent(batchId)}`;
  const query = useQuery({
    queryKey: key,
    queryFn: async () => {
      const previous = queryClient.getQueryData<BatchView>(key);
      if (!previous) return fetchJson<BatchView>(`${url}?limit=${FIRST_PAGE}`);
      if (loadingRows(previous)) return appendBatchPage(previous, await fetchJson<BatchPage>(`${url}?after=${previous.more}&limit=${PAGE}`));
      return mergeBatchView(previous, await fetchJson<BatchView>(`${url}?since=${previous.cursor}`));
    },
    refetchInterval: (current) => (current.state.data && pendingCount(current.state.data.counts) === 0 ? false : 5_000),
    refetchOnWindowFocus: false,
  });
  const live = query.data ? pendingCount(query.data.counts) > 0 : true;
  const morePages = query.data ? loadingRows(query.data) : false;
  const delayMs = refreshDelayMs(query.data?.total ?? 0);
  const { refetch } = query;

  // Each page asks for the next as soon as it has arrived.
  useEffect(() => {
    if (morePages) void refetch();
  }, [morePages, query.data, refetch]);

  useEffect(() => {
    if (!live) return;
    const source = new EventSource(`${url}/events`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Coalesce bursts (a batch can finish dozens of reveals a second) into one refresh.
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: revealKeys.batch(batchId) });
      }, delayMs);
    };
    source.addEventListener("reveal", refresh);
    source.addEventListener("batch", refresh);
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [batchId, live, queryClient, url, delayMs]);

  return query;
}
