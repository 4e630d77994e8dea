import { formatDuration } from "@/lib/ui/format-duration";
import type { BudgetLine } from "./budget-shortfall";
import { addDays, dayIn, dayStartMs, monthStartOf } from "./periods";

/** When a budget's count starts over: the team's next midnight for a daily cap, the 1st of next month for a monthly one. */
export function budgetResetsAt(scope: BudgetLine["scope"], timeZone: string, now: number): number {
  const today = dayIn(now, timeZone);
  const next = scope === "user_day" ? addDays(today, 1) : monthStartOf(addDays(monthStartOf(today), 31));
  return dayStartMs(next, timeZone);
}

type ResetInput = {
  lines: BudgetLine[];
  worstCase: number;
  /** The least one new person can cost at worst (Clodura's own database alone, when that is cheaper). */
  cheapest: number;
  timeZone: string;
  /** " (America/New York)" where the team's day is not the reader's, else "" (useTeamDayLabel). */
  zoneNote: string;
  now: number;
};

/**
 * For a list over budget: when each budget it is over starts over, in the team's day, and, when the tightest has less
 * left than one person can cost, that no single person fits before then, so cutting the list down would not help.
 */
export function whenBudgetsReset({ lines, worstCase, cheapest, timeZone, zoneNote, now }: ResetInput): string | null {
  const short = lines.filter((line) => line.cap !== null && line.left !== null && worstCase > line.left).sort((a, b) => a.left! - b.left!);
  const [tightest] = short;
  if (!tightest) return null;
  const sentences: string[] = [];
  if (tightest.left! < cheapest) {
    sentences.push(`No single person fits ${tightest.scope === "user_day" ? "today" : "this month"}: one can cost up to ${cheapest.toLocaleString("en")} credits.`);
  }
  // A person's month and the team's end together: said once, of the tighter.
  const periods = short.filter((line, index) => line.scope === "user_day" || !short.slice(0, index).some((earlier) => earlier.scope !== "user_day"));
  for (const line of periods) {
    const when = line.scope === "user_day" ? `at midnight${zoneNote}` : `on the 1st${zoneNote}`;
    const name = line.label.replace(/^(your|the) /, (start) => `${start[0]!.toUpperCase()}${start.slice(1)}`);
    sentences.push(`${name} resets ${when}, in ${formatDuration(budgetResetsAt(line.scope, timeZone, now) - now)}.`);
  }
  return sentences.join(" ");
}
