"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { creditKeys } from "@/lib/credits/use-credits";
import type { RevealSettings } from "./reveal-settings-schema";

export type RevealSettingsAnswer = RevealSettings & { defaults: RevealSettings };
const key = ["settings", "reveals"] as const;

export function useRevealSettings() {
  return useQuery({ queryKey: key, queryFn: () => fetchJson<RevealSettingsAnswer>("/api/settings/reveals") });
}

export function useSaveRevealSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevealSettings) => fetchJson<RevealSettingsAnswer>("/api/settings/reveals", { method: "PUT", body: JSON.stringify(input) }),
    onSuccess: (answer) => {
      queryClient.setQueryData(key, answer);
      void queryClient.invalidateQueries({ queryKey: creditKeys.budgets() });
    },
  });
}
