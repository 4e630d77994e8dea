"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import { mergeBatchView } from "./merge-batch-view";
import { openStates } from "./state-machine";
import type { BatchCounts, BatchView } from "./schemas";

export function pendingCount(counts: BatchCounts): number {
  return openStates.reduce((sum, state) => sum + counts[state], 0);
}

/**
 * The batch view. The first load fetches every row; later refreshes ask only for rows changed since the last
 * cursor, so a 10,000-row batch stays cheap to keep live. Server-sent events trigger refreshes; a slow poll covers
 * a dropped stream; both stop when every row is final.
 */
export function useBatch(batchId: string) {
  const queryClient = useQueryClient();
  const key = revealKeys.batch(batchId);
  const url = `/api/batches/${encodeURIComponent(batchId)}`;
  const query = useQuery({
    queryKey: key,
    queryFn: async () => {
      const previous = queryClient.getQueryData<BatchView>(key);
      if (!previous) return fetchJson<BatchView>(url);
      return mergeBatchView(previous, await fetchJson<BatchView>(`${url}?since=${previous.cursor}`));
    },
    refetchInterval: (current) => (current.state.data && pendingCount(current.state.data.counts) === 0 ? false : 5_000),
    refetchOnWindowFocus: false,
  });
  const live = query.data ? pendingCount(query.data.counts) > 0 : true;

  useEffect(() => {
    if (!live) return;
    const source = new EventSource(`${url}/events`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Coalesce bursts (a batch can finish dozens of reveals a second) into one refresh.
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: revealKeys.batch(batchId) });
      }, 200);
    };
    source.addEventListener("reveal", refresh);
    source.addEventListener("batch", refresh);
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [batchId, live, queryClient, url]);

  return query;
}
