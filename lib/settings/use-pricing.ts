"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { creditKeys } from "@/lib/credits/use-credits";
import type { Plan } from "./definitions";
import type { PricingAnswer } from "./pricing";

export type { PricingAnswer };
const key = ["settings", "pricing"] as const;

export function usePricing() {
  return useQuery({ queryKey: key, queryFn: () => fetchJson<PricingAnswer>("/api/settings/pricing") });
}

export function useSavePricing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { plan: Plan; providerPrices: Record<string, number> }) =>
      fetchJson<PricingAnswer>("/api/settings/pricing", { method: "PUT", body: JSON.stringify(input) }),
    onSuccess: (answer) => {
      queryClient.setQueryData(key, answer);
      void queryClient.invalidateQueries({ queryKey: creditKeys.budgets() });
    },
  });
}
