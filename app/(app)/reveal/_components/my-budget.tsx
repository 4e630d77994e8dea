"use client";

import Link from "next/link";
import type { BudgetLine } from "@/lib/credits/budget-shortfall";
import { capRoom, describeCapRoom, type EnclosingCap } from "@/lib/credits/cap-room";
import { useMyBudget } from "@/lib/credits/use-credits";
import { useTeamDayLabel } from "@/lib/ui/use-team-day-label";

const fmt = (value: number) => value.toLocaleString("en");
const names: Record<BudgetLine["scope"], string> = { user_day: "Today", user_month: "This month", team_month: "Team this month" };
/** The caps over each one: a day's spend is this month's too, and a person's is the team's. */
const enclosedBy: Record<BudgetLine["scope"], BudgetLine["scope"][]> = { user_day: ["user_month", "team_month"], user_month: ["team_month"], team_month: [] };

/** The viewer's spend today and this month against their budgets (and the team's: a manager's always, an SDR's when capped), before they submit anything. */
export function MyBudget({ teamZone }: { teamZone: string }) {
  const { data } = useMyBudget();
  const teamDay = useTeamDayLabel(teamZone);
  if (!data) return null;
  const enclosing = (line: BudgetLine): EnclosingCap[] =>
    data.filter((outer) => enclosedBy[line.scope].includes(outer.scope)).map((outer) => ({ ...outer, name: outer.label }));
  return (
    <section aria-label="Your spend" className="flex flex-wrap gap-x-6 gap-y-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-xs dark:border-zinc-800 dark:bg-zinc-900">
      {data.map((line) => {
        const room = capRoom(line, enclosing(line));
        // Over by what was spent, not by what running reveals may yet cost (the bar shows those).
        const over = room !== null && room.limitedBy === null ? room.over : 0;
        // The bar fills as the room under this cap goes, whichever cap takes it.
        const used = line.cap && room ? Math.min(100, ((line.cap - room.left) / line.cap) * 100) : 0;
        const red = room !== null && room.over > 0;
        return (
          <div key={line.scope} className="min-w-36">
            <p className="text-zinc-500">
              {names[line.scope]}
              {line.scope === "user_day" ? teamDay : ""}
            </p>
            <p className="font-mono">
              {fmt(line.spent)} {line.cap === null ? (
                <span className="font-sans text-zinc-500">credits · no cap</span>
              ) : (
                <span className="text-zinc-500">
                  <span className="font-sans">of</span> {fmt(line.cap)} <span className="font-sans">{line.cap === 1 ? "credit" : "credits"}</span>
                </span>
              )}
              {over > 0 ? <span className="ml-1.5 font-sans font-medium text-red-700 dark:text-red-400">{fmt(over)} over</span> : null}
            </p>
            {room?.limitedBy ? (
              <p data-testid="limited-by" className={`max-w-48 ${red ? "font-medium text-red-700 dark:text-red-400" : "text-zinc-500"}`}>
                {describeCapRoom(room)}
              </p>
            ) : null}
            {line.cap !== null ? (
              <div className="mt-0.5 h-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" title={`${fmt(line.reserved)} reserved for reveals still running`}>
                <div className={`h-full ${red ? "bg-red-600" : used >= 90 ? "bg-amber-500" : "bg-indigo-500"}`} style={{ width: `${used}%` }} />
              </div>
            ) : null}
          </div>
        );
      })}
      <Link href="/credits" className="self-center text-indigo-700 hover:underline dark:text-indigo-300">
        See spend
      </Link>
    </section>
  );
}
