"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import type { CreatedBatch } from "./create-batch";
import type { BatchSummary, CreateRevealsRequest, CreateRevealsResponse } from "./schemas";
import type { StopOutcome } from "./stop-batch";
import type { TeamQueue } from "./team-queue";

export function useCreateReveals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRevealsRequest) => fetchJson<CreateRevealsResponse>("/api/reveals", { method: "POST", body: JSON.stringify(input) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: revealKeys.batches() }),
  });
}

type BatchListPage = { batches: BatchSummary[]; next: string | null; queue: TeamQueue | null };
/** Every 3 s while a list is being revealed; every 10 s while one only waits for a manager's approval; else never. */
function pollEvery(batches: BatchSummary[]): number | false {
  const open = batches.filter((batch) => batch.done < batch.total);
  if (open.some((batch) => batch.approval !== "pending")) return 3_000;
  return open.length > 0 ? 10_000 : false;
}

/** The viewer's own newest few (a manager's too, not the team's), for the reveal page and the "is done" notices. */
export function useRecentBatches() {
  return useQuery({
    queryKey: [...revealKeys.batches(), "recent"],
    queryFn: async () => (await fetchJson<BatchListPage>("/api/batches?limit=5&mine=1")).batches,
    refetchInterval: (query) => pollEvery(query.state.data ?? []),
  });
}

/** Every batch (or those matching `search`), newest first, 50 at a time on request. */
export function useBatchList(search = "", onlyMine = false) {
  return useInfiniteQuery({
    queryKey: [...revealKeys.batches(), "all", search, onlyMine],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: "50", ...(search ? { search } : {}), ...(onlyMine ? { mine: "1" } : {}), ...(pageParam ? { before: pageParam } : {}) });
      return fetchJson<BatchListPage>(`/api/batches?${query}`);
    },
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
    refetchInterval: (query) => pollEvery(query.state.data?.pages.flatMap((page) => page.batches) ?? []),
  });
}

/** A change to one batch, from its page: afterwards that batch and the lists are read again (also after a refusal). */
function useBatchChange<Input, Answer>(batchId: string, send: (url: string, input: Input) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(`/api/batches/${encodeURIComponent(batchId)}`, input),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: revealKeys.batch(batchId) });
      void queryClient.invalidateQueries({ queryKey: revealKeys.batches() });
    },
  });
}

export function useStopBatch(batchId: string) {
  return useBatchChange(batchId, (url, _: void) => fetchJson<StopOutcome>(`${url}/stop`, { method: "POST" }));
}

export function useResendCancelled(batchId: string) {
  return useBatchChange(batchId, (url, _: void) => fetchJson<CreatedBatch>(`${url}/resend`, { method: "POST" }));
}

export function useRetryFailed(batchId: string) {
  return useBatchChange(batchId, (url, _: void) => fetchJson<CreatedBatch>(`${url}/retry`, { method: "POST" }));
}

export function useResendUnfinished(batchId: string) {
  return useBatchChange(batchId, (url, _: void) => fetchJson<CreatedBatch>(`${url}/unfinished`, { method: "POST" }));
}

export function useResendUnansweredElsewhere(batchId: string) {
  return useBatchChange(batchId, (url, _: void) => fetchJson<CreatedBatch>(`${url}/unanswered`, { method: "POST" }));
}

export function useSendFailedAndUnfinishedAgain(batchId: string) {
  return useBatchChange(batchId, (url, _: void) => fetchJson<CreatedBatch>(`${url}/again`, { method: "POST" }));
}

export function useRenameBatch(batchId: string) {
  return useBatchChange(batchId, (url, name: string) => fetchJson<{ name: string | null }>(url, { method: "PATCH", body: JSON.stringify({ name }) }));
}
