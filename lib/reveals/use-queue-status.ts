"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "./keys";
import type { QueueStatus } from "./queue-status";

export function useQueueStatus() {
  return useQuery({ queryKey: revealKeys.queue(), queryFn: () => fetchJson<QueueStatus>("/api/queue"), refetchInterval: 5_000 });
}

export function useResumeQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<QueueStatus>("/api/queue/resume", { method: "POST" }),
    onSuccess: (status) => queryClient.setQueryData(revealKeys.queue(), status),
  });
}
