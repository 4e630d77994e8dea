"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import type { QueueStatus } from "./queue-status";

/** Every page's banner reads it: a pause is told within a few seconds wherever the team is. */
export function useQueueStatus() {
  return useQuery({ queryKey: revealKeys.queue(), queryFn: () => fetchJson<QueueStatus>("/api/queue"), refetchInterval: 3_000 });
}

export function useResumeQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<QueueStatus>("/api/queue/resume", { method: "POST" }),
    onSuccess: (status) => {
      queryClient.setQueryData(revealKeys.queue(), status);
      // Pages that said "paused" (a batch's rows, its sending line, the lists) say otherwise now, not at their next
      // poll; a ledger check (megabytes for a big file) is left alone.
      void queryClient.invalidateQueries({ queryKey: revealKeys.batches() });
      void queryClient.invalidateQueries({ queryKey: [...revealKeys.all, "batch"] });
    },
  });
}

/** A row newly cut short by Clodura's credits means sending has just paused: the banner asks at once, not at its next poll. */
export function useQueueStatusOnCutShort(unfinished: number) {
  const queryClient = useQueryClient();
  const seen = useRef(unfinished);
  useEffect(() => {
    if (unfinished > seen.current) void queryClient.invalidateQueries({ queryKey: revealKeys.queue() });
    seen.current = unfinished;
  }, [unfinished, queryClient]);
}
