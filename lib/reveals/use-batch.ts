"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import type { BatchView } from "./schemas";

const PENDING = ["queued", "dispatching", "awaiting"] as const;

export function pendingCount(batch: BatchView): number {
  return PENDING.reduce((sum, state) => sum + batch.counts[state], 0);
}

/** The batch view, refreshed by server-sent events; a slow poll covers a dropped stream. Stops when all are final. */
export function useBatch(batchId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: revealKeys.batch(batchId),
    queryFn: () => fetchJson<BatchView>(`/api/batches/${encodeURIComponent(batchId)}`),
    refetchInterval: (current) => (current.state.data && pendingCount(current.state.data) === 0 ? false : 5_000),
  });
  const live = query.data ? pendingCount(query.data) > 0 : true;

  useEffect(() => {
    if (!live) return;
    const source = new EventSource(`/api/batches/${encodeURIComponent(batchId)}/events`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    source.addEventListener("reveal", () => {
      // Coalesce bursts (one batch can finish dozens of reveals per second) into one refetch.
      timer ??= setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: revealKeys.batch(batchId) });
      }, 150);
    });
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [batchId, live, queryClient]);

  return query;
}
