"use client";

import { daysAgo, today } from "./use-dashboard-params";

const monthStart = () => `${today().slice(0, 8)}01`;
const presets = [
  { label: "7 days", from: () => daysAgo(6) },
  { label: "30 days", from: () => daysAgo(29) },
  { label: "This month", from: monthStart },
  { label: "90 days", from: () => daysAgo(89) },
  { label: "12 months", from: () => daysAgo(364) },
];

export function PeriodPicker({ from, to, onChange }: { from: string; to: string; onChange: (period: { from: string; to: string }) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <div role="group" aria-label="Period" className="flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
        {presets.map((preset) => {
          const active = to === today() && from === preset.from();
          return (
            <button
              key={preset.label}
              type="button"
              aria-pressed={active}
              onClick={() => onChange({ from: preset.from(), to: today() })}
              className={`px-2.5 py-1.5 ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-white hover:bg-zinc-100 dark:bg-zinc-900 dark:hover:bg-zinc-800"}`}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <label className="flex flex-col text-xs text-zinc-500">
        From
        <input type="date" value={from} max={to} onChange={(event) => event.target.value && onChange({ from: event.target.value, to })} className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100" />
      </label>
      <label className="flex flex-col text-xs text-zinc-500">
        To
        <input type="date" value={to} min={from} onChange={(event) => event.target.value && onChange({ from, to: event.target.value })} className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100" />
      </label>
    </div>
  );
}
