"use client";

import { useTeamDayLabel } from "@/lib/ui/use-team-day-label";
import { zoneLabel } from "@/lib/credits/periods";
import { useBudgets, useSetBudget } from "@/lib/credits/use-credits";
import type { Role } from "@/lib/auth/roles";
import { budgetNotYours, capOrderWarning, maySetBudget, TEAM } from "@/lib/credits/budget-rule";
import { BudgetInput, CapWarning } from "./budget-input";
import { CapStanding } from "./cap-standing";
import type { EnclosingCap } from "@/lib/credits/cap-room";
import { AuditHistory } from "./history";
import { DataTable, phoneLabelled } from "@/components/ui/data-table";

const fmt = (value: number) => value.toLocaleString("en");

export function BudgetsClient({ timeZone, viewer }: { timeZone: string; viewer: { id: string; role: Role } }) {
  const budgets = useBudgets();
  const teamDay = useTeamDayLabel(timeZone);
  const setBudget = useSetBudget();
  const rows = budgets.data?.budgets ?? [];
  const team = rows.find((row) => row.subject === TEAM);
  const teamCap: EnclosingCap[] = team ? [{ name: "the team's monthly cap", cap: team.monthlyCap, spent: team.spentThisMonth, reserved: team.reserved }] : [];
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Budgets</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Caps in credits per day and month, counted in the team&apos;s time zone ({zoneLabel(timeZone)}): a daily cap starts again at midnight there. A list whose worst case is over what is left waits for a manager&apos;s approval; nothing is dropped or sent in part. Press Enter or leave a field to save; empty means no cap.
        </p>
      </div>
      {budgets.error ? <p role="alert" className="text-sm text-red-700">{budgets.error.message}</p> : null}
      {setBudget.error ? <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{setBudget.error.message}</p> : null}
      {budgets.isLoading ? <p className="text-sm text-zinc-500">Loading budgets…</p> : null}
      {rows.length > 0 ? (
        // On a phone each person is a card of two rows (today, this month), each cell named, so every cap is in view.
        <DataTable className="max-sm:block">
          <thead className="bg-zinc-50 max-sm:hidden text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Who</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Spent today{teamDay}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Daily cap</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Spent this month</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Monthly cap</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 max-sm:block dark:divide-zinc-800">
            {rows.map((row) => (
              <tr key={row.subject} className={`max-sm:grid max-sm:grid-cols-2 max-sm:py-1 ${row.role === null ? "bg-zinc-50/60 font-medium dark:bg-zinc-800/30" : ""}`}>
                <td className="px-3 py-2 max-sm:col-span-2 max-sm:pb-0">
                  {row.name}
                  {row.role ? <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs uppercase text-zinc-600 dark:bg-zinc-800">{row.role}</span> : null}
                  {/* Listed while its spend or running reveals count; its caps stay editable for when an admin enables it again. */}
                  {row.disabled ? (
                    <span title="Disabled on Team: starts nothing new. Its caps apply again if an admin enables it." className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-600 dark:bg-zinc-800">
                      disabled
                    </span>
                  ) : null}
                </td>
                <td data-label={`Spent today${teamDay}`} className={`${phoneLabelled} px-3 py-2 text-right font-mono max-sm:text-left`}>
                  {fmt(row.spentToday)}
                  <CapStanding
                    line={{ cap: row.dailyCap, spent: row.spentToday, reserved: row.reserved }}
                    enclosing={[{ name: "the monthly cap", cap: row.monthlyCap, spent: row.spentThisMonth, reserved: row.reserved }, ...teamCap]}
                    testId="daily-standing"
                  />
                </td>
                <td data-label="Daily cap" className={`${phoneLabelled} px-3 py-2 text-right`}>
                  {row.role === null ? (
                    <span className="text-xs text-zinc-500">monthly only</span>
                  ) : (
                    <CapField
                      viewer={viewer}
                      subject={row.subject}
                      label={`Daily cap for ${row.name}`}
                      value={row.dailyCap}
                      warning={capOrderWarning(row.dailyCap, row.monthlyCap)}
                      onSave={(credits) => setBudget.mutateAsync({ subject: row.subject, period: "day", credits })}
                    />
                  )}
                </td>
                <td data-label="Spent this month" className={`${phoneLabelled} px-3 py-2 text-right font-mono max-sm:text-left`}>
                  {fmt(row.spentThisMonth)}
                  <CapStanding line={{ cap: row.monthlyCap, spent: row.spentThisMonth, reserved: row.reserved }} enclosing={row.subject === TEAM ? [] : teamCap} testId="monthly-standing" />
                </td>
                <td data-label="Monthly cap" className={`${phoneLabelled} px-3 py-2 text-right`}>
                  <CapField viewer={viewer} subject={row.subject} label={`Monthly cap for ${row.name}`} value={row.monthlyCap} onSave={(credits) => setBudget.mutateAsync({ subject: row.subject, period: "month", credits })} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <AuditHistory />
    </div>
  );
}

type CapFieldProps = { viewer: { id: string; role: Role }; subject: string; label: string; value: number | null; warning?: string | null; onSave: (credits: number | null) => Promise<unknown> };

/** The cap's field, or for a cap the viewer may not change (their own, or the team's for a manager) the cap and who sets it. */
function CapField({ viewer, subject, ...field }: CapFieldProps) {
  if (maySetBudget(viewer, subject)) return <BudgetInput {...field} />;
  return (
    <span title={budgetNotYours(subject)} data-testid="fixed-cap" className="inline-flex flex-col items-end">
      <span className="sr-only">{field.label}: </span>
      <span className="font-mono text-sm">{field.value === null ? "no cap" : field.value.toLocaleString("en")}</span>
      <span className="text-xs text-zinc-500 dark:text-zinc-400">
        {subject === TEAM ? "only an admin" : "only another manager or an admin"} can {field.value === null ? "set one" : "change it"}
      </span>
      {field.warning === undefined ? null : <CapWarning warning={field.warning} />}
    </span>
  );
}
