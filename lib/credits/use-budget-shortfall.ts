"use client";

import { estimateFor, type LedgerCheck } from "@/lib/reveals/use-imports";
import { useTeamDayLabel } from "@/lib/ui/use-team-day-label";
import { whenBudgetsReset } from "./budget-reset";
import { budgetShortfall, peopleWithinBudgets, sendNowInstead } from "./budget-shortfall";
import { useMyBudget } from "./use-credits";

/**
 * Why this list would wait for a manager's approval (worst case over what a budget has left), and when that budget
 * starts over in the team's day (`teamZone`), or null.
 */
export function useBudgetShortfall(check: LedgerCheck | undefined, charged: number, teamZone: string): string | null {
  const budget = useMyBudget();
  const zoneNote = useTeamDayLabel(teamZone);
  if (!check || !budget.data || charged === 0) return null;
  const { worstCase } = estimateFor(check, charged);
  const reason = budgetShortfall(budget.data, worstCase);
  if (!reason) return null;
  // Counted from when the budget was read, the moment its figures are of (refreshed every 30 s).
  const resets = whenBudgetsReset({ lines: budget.data, worstCase, cheapest: Math.min(check.worstPerReveal, check.worstPerRevealAlone), timeZone: teamZone, zoneNote, now: budget.dataUpdatedAt });
  return resets ? `${reason} ${resets}` : reason;
}

/** How the rep can send this list now instead of waiting for approval (fewer people, no partners), or null. */
export function useSendNowInstead(check: LedgerCheck | undefined, charged: number, what: "list" | "paste", viaPartners: boolean): string | null {
  const budget = useMyBudget();
  if (!check || !budget.data) return null;
  return sendNowInstead({ what, charged, viaPartners, fits: peopleWithinBudgets(budget.data, check.worstPerReveal), fitsAlone: peopleWithinBudgets(budget.data, check.worstPerRevealAlone) });
}
