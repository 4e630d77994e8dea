import { budgetShortfall, type BudgetLine } from "@/lib/credits/budget-shortfall";
import type { ResendEstimate } from "./schemas";

const fmt = (value: number) => value.toLocaleString("en");

/**
 * What sending some of a list's people in a new batch does and may cost, said before it is pressed; over a budget, as a
 * paste says it: that it will wait for approval (`approval`: whose), and which budget is short. `owner`: the list's, when
 * it is a teammate's (a manager sending an SDR's people): the new list is not theirs to open, but their rows follow it.
 */
export function resendWarning(estimate: ResendEstimate | null, budget: BudgetLine[] | undefined, approval: string, owner: string | null = null): string {
  return `${costOrWait(estimate, budget, approval)}${owner ? ` The new list is yours, not ${owner}'s: they cannot open it, but this list shows the answers it gets.` : ""}`;
}

function costOrWait(estimate: ResendEstimate | null, budget: BudgetLine[] | undefined, approval: string): string {
  const short = estimate && budget ? budgetShortfall(budget, estimate.worstCase) : null;
  if (short) return `Over budget: this list will wait for ${approval} before anything is sent, unless the team ledger answers enough of them for free. ${short}`;
  const cost = estimate ? `Worst case ${fmt(estimate.worstCase)} credits, expected ~${fmt(estimate.expected)}, less whoever the team ledger answers for free. ` : "";
  return `${cost}A new list of yours, checked like any other: what is over your budget waits for approval, and each number found is charged.`;
}
