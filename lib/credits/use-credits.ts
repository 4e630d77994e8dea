"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { revealKeys } from "@/lib/reveals/keys";
import type { PendingApproval } from "@/lib/reveals/list-approvals";
import type { AuditPage } from "./audit";
import type { BalanceView } from "./balance-runway";
import type { BudgetLine } from "./budget-shortfall";
import type { ChargesSubjects } from "./charges-subjects";
import type { BudgetRow } from "./list-budgets";
import type { ChargeCursor, ChargeLine } from "./list-charges";
import type { SpendReport } from "./spend-report";

export type SpendParams = { from: string; to: string; userId?: string | null; provider?: string | null; batchId?: string | null };

export const creditKeys = {
  all: ["credits"] as const,
  report: (params: SpendParams) => [...creditKeys.all, "report", params] as const,
  charges: (params: SpendParams) => [...creditKeys.all, "charges", params] as const,
  balance: () => [...creditKeys.all, "balance"] as const,
  budgets: () => [...creditKeys.all, "budgets"] as const,
  /** Under budgets(): whatever refreshes the budgets (a cap, a price, a setting) refreshes the history too. */
  history: () => [...creditKeys.budgets(), "history"] as const,
  myBudget: () => [...creditKeys.all, "my-budget"] as const,
  approvals: () => [...creditKeys.all, "approvals"] as const,
};

export function spendSearch(params: SpendParams, cursor?: ChargeCursor | null): string {
  const search = new URLSearchParams({ from: params.from, to: params.to });
  if (params.userId) search.set("userId", params.userId);
  if (params.provider) search.set("provider", params.provider);
  if (params.batchId) search.set("batchId", params.batchId);
  if (cursor) search.set("cursor", `${cursor.at}:${cursor.id}`);
  return search.toString();
}

export function useSpendReport(params: SpendParams) {
  return useQuery({
    queryKey: creditKeys.report(params),
    queryFn: () => fetchJson<SpendReport>(`/api/credits/report?${spendSearch(params)}`),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useCharges(params: SpendParams, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: creditKeys.charges(params),
    queryFn: ({ pageParam }) => fetchJson<{ lines: ChargeLine[]; next: ChargeCursor | null; subjects: ChargesSubjects }>(`/api/credits/charges?${spendSearch(params, pageParam)}`),
    initialPageParam: null as ChargeCursor | null,
    getNextPageParam: (page) => page.next,
    enabled,
  });
}

export function useBalance(enabled: boolean) {
  return useQuery({ queryKey: creditKeys.balance(), queryFn: () => fetchJson<BalanceView>("/api/credits/balance"), enabled, refetchInterval: 60_000 });
}

export function useRefreshBalance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<BalanceView>("/api/credits/balance", { method: "POST" }),
    onSuccess: (summary) => queryClient.setQueryData(creditKeys.balance(), summary),
  });
}

export type BudgetsAnswer = { budgets: BudgetRow[] };

export function useBudgets(enabled = true) {
  return useQuery({ queryKey: creditKeys.budgets(), queryFn: () => fetchJson<BudgetsAnswer>("/api/budgets"), enabled });
}

export function useSetBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { subject: string; period: "day" | "month"; credits: number | null }) =>
      fetchJson<BudgetsAnswer>("/api/budgets", { method: "PUT", body: JSON.stringify(input) }),
    onSuccess: (answer) => {
      queryClient.setQueryData(creditKeys.budgets(), answer);
      void queryClient.invalidateQueries({ queryKey: creditKeys.history() });
    },
  });
}

export function useAuditHistory() {
  return useInfiniteQuery({
    queryKey: creditKeys.history(),
    queryFn: ({ pageParam }) => fetchJson<AuditPage>(`/api/budgets/history${pageParam ? `?before=${pageParam}` : ""}`),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
}

export function useMyBudget() {
  return useQuery({ queryKey: creditKeys.myBudget(), queryFn: () => fetchJson<BudgetLine[]>("/api/budgets/me"), refetchInterval: 30_000 });
}

export function useApprovals(enabled = true) {
  return useQuery({ queryKey: creditKeys.approvals(), queryFn: () => fetchJson<PendingApproval[]>("/api/approvals"), enabled, refetchInterval: 10_000 });
}

type DecisionCounts = { queued: number; cached: number; attached: number; cancelled: number };

/** A manager's decision, or (`withdraw`) the owner taking back their own held list. */
export function useDecideBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { batchId: string; decision: "approve" | "reject" | "withdraw"; note?: string }) =>
      input.decision === "withdraw"
        ? fetchJson<DecisionCounts>(`/api/batches/${input.batchId}/withdraw`, { method: "POST" })
        : fetchJson<DecisionCounts>(`/api/batches/${input.batchId}/decision`, { method: "POST", body: JSON.stringify({ decision: input.decision, note: input.note }) }),
    onSettled: (_result, _error, input) => {
      void queryClient.invalidateQueries({ queryKey: creditKeys.approvals() });
      void queryClient.invalidateQueries({ queryKey: creditKeys.history() });
      void queryClient.invalidateQueries({ queryKey: revealKeys.batch(input.batchId) });
      void queryClient.invalidateQueries({ queryKey: revealKeys.batches() });
    },
  });
}
