"use client";

import { estimateFor, type LedgerCheck } from "@/lib/reveals/use-imports";
import { budgetShortfall, peopleWithinBudgets, sendNowInstead } from "./budget-shortfall";
import { useMyBudget } from "./use-credits";

/** Why this list would wait for a manager's approval (worst case over what a budget has left), or null. */
export function useBudgetShortfall(check: LedgerCheck | undefined, charged: number): string | null {
  const budget = useMyBudget();
  if (!check || !budget.data || charged === 0) return null;
  return budgetShortfall(budget.data, estimateFor(check, charged).worstCase);
}

/** How the rep can send this list now instead of waiting for approval (fewer people, no partners), or null. */
export function useSendNowInstead(check: LedgerCheck | undefined, charged: number, what: "list" | "paste", viaPartners: boolean): string | null {
  const budget = useMyBudget();
  if (!check || !budget.data) return null;
  return sendNowInstead({ what, charged, viaPartners, fits: peopleWithinBudgets(budget.data, check.worstPerReveal), fitsAlone: peopleWithinBudgets(budget.data, check.worstPerRevealAlone) });
}
