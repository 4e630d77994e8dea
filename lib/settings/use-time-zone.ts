"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { creditKeys } from "@/lib/credits/use-credits";
import type { TeamTimeZone } from "./time-zone";

const key = ["settings", "time-zone"] as const;

export function useTeamTimeZone() {
  return useQuery({ queryKey: key, queryFn: () => fetchJson<TeamTimeZone>("/api/settings/time-zone") });
}

export function useSaveTeamTimeZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeZone: string) => fetchJson<TeamTimeZone>("/api/settings/time-zone", { method: "PUT", body: JSON.stringify({ timeZone }) }),
    onSuccess: (answer) => {
      queryClient.setQueryData(key, answer);
      // Every figure counted by day moves: budgets, today's spend and the dashboard.
      void queryClient.invalidateQueries({ queryKey: creditKeys.all });
    },
  });
}
