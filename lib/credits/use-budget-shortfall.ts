"use client";

import { estimateFor, type LedgerCheck } from "@/lib/reveals/use-imports";
import { budgetShortfall } from "./budget-shortfall";
import { useMyBudget } from "./use-credits";

/** Why this list would wait for a manager's approval (worst case over what a budget has left), or null. */
export function useBudgetShortfall(check: LedgerCheck | undefined, charged: number): string | null {
  const budget = useMyBudget();
  if (!check || !budget.data || charged === 0) return null;
  return budgetShortfall(budget.data, estimateFor(check, charged).worstCase);
}
