"use client";

import { useEffect, useRef, useState } from "react";
import { addDays, MAX_PERIOD_DAYS, monthStartOf, periodAround } from "@/lib/credits/periods";
import { formatDay } from "@/lib/ui/format-when";

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
  // Which end moved to keep the period within what the dashboard reads, until the next change.
  const [cut, setCut] = useState<string | null>(null);
  const pick = (kept: "from" | "to", period: Period) => {
    const next = periodAround(kept, period);
    setCut(next.cut ? `A period is at most ${MAX_PERIOD_DAYS} days: “${kept === "from" ? "To" : "From"}” moved to ${spelledDay(kept === "from" ? next.to : next.from)}.` : null);
    onChange({ from: next.from, to: next.to });
  };
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <div role="group" aria-label="Period" className="flex max-w-full flex-wrap rounded-md border border-zinc-300 dark:border-zinc-700">
        {presets.map((preset) => {
          const active = to === today && from === preset.from(today);
          return (
            <button
              key={preset.label}
              type="button"
              aria-pressed={active}
              onClick={() => pick("to", { from: preset.from(today), to: today })}
              className={`px-1.5 py-1.5 text-xs whitespace-nowrap min-[22rem]:px-2 first:rounded-l-[5px] last:rounded-r-[5px] focus-visible:relative focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 sm:px-2.5 sm:text-sm ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-white hover:bg-zinc-100 dark:bg-zinc-900 dark:hover:bg-zinc-800"}`}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      {/* A From after To (or a To before From) moves the other end with it: a period never runs backwards. */}
      <DateField label="From" value={from} max={to} onCommit={(day) => pick("from", { from: day, to })} />
      <DateField label="To" value={to} min={from} onCommit={(day) => pick("to", { from, to: day })} />
      <p role="status" className={cut ? "basis-full text-xs text-amber-800 dark:text-amber-300" : "sr-only"}>
        {cut}
      </p>
    </div>
  );
}

/** "Jul 5, 2023": a date field shows the browser's own format, so the note spells the day out rather than guess it. */
const spelledDay = (day: string) => formatDay(`${day}T00:00:00Z`, { timeZone: "UTC" });

// While a year is typed digit by digit the field passes through 0002, 0020, 0202: only a plausible year is a choice.
const PLAUSIBLE_DAY = /^(19|20|21)\d{2}-\d{2}-\d{2}$/;
/** A date picked from the calendar has no blur or Enter after it: it is taken once the field has been still this long. */
const SETTLE_MS = 700;

type DateFieldProps = { label: string; value: string; min?: string; max?: string; onCommit: (day: string) => void };

/**
 * A date typed or picked. While the field has focus it shows what is being typed, and the page follows on Enter, on
 * leaving the field, or once the date has settled: a reload mid-typing would put the old date back under the cursor.
 */
function DateField({ label, value, min, max, onCommit }: DateFieldProps) {
  const [typed, setTyped] = useState<string | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  const commit = (day: string) => {
    clearTimeout(settle.current);
    if (PLAUSIBLE_DAY.test(day) && day !== value) onCommit(day);
  };
  return (
    <label className="flex flex-col text-xs text-zinc-500">
      {label}
      <input
        type="date"
        value={typed ?? value}
        min={min}
        max={max}
        onFocus={() => setTyped(value)}
        onChange={(event) => {
          const day = event.target.value;
          setTyped(day);
          clearTimeout(settle.current);
          settle.current = setTimeout(() => commit(day), SETTLE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && typed !== null) commit(typed);
        }}
        onBlur={() => {
          if (typed !== null) commit(typed);
          setTyped(null);
        }}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      />
    </label>
  );
}
