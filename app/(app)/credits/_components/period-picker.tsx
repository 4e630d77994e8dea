"use client";

import { addDays, monthStartOf } from "@/lib/credits/periods";

const presets = [
  { label: "7 days", from: (today: string) => addDays(today, -6) },
  { label: "30 days", from: (today: string) => addDays(today, -29) },
  { label: "This month", from: monthStartOf },
  { label: "90 days", from: (today: string) => addDays(today, -89) },
  { label: "12 months", from: (today: string) => addDays(today, -364) },
];

type Period = { from: string; to: string };

/** `today` is the team's day, so "7 days" ends where the server's days end. */
export function PeriodPicker({ from, to, today, onChange }: Period & { today: string; onChange: (period: Period) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <div role="group" aria-label="Period" className="flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
        {presets.map((preset) => {
          const active = to === today && from === preset.from(today);
          return (
            <button
              key={preset.label}
              type="button"
              aria-pressed={active}
              onClick={() => onChange({ from: preset.from(today), to: today })}
              className={`px-2 py-1.5 text-xs whitespace-nowrap sm:px-2.5 sm:text-sm ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-white hover:bg-zinc-100 dark:bg-zinc-900 dark:hover:bg-zinc-800"}`}
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
