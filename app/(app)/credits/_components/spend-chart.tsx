"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { zoneLabel } from "@/lib/credits/periods";
import type { SpendReport } from "@/lib/credits/spend-report";
import type { Drill } from "./use-dashboard-params";

// One formatter for every bar: a year's chart writes 365 labels, and making a formatter costs more than using one.
const dayFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });
const dayInYearFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** "Nov 30", or "Nov 30, 2025" `withYear`: a chart over two calendar years would read "Nov 30 … Nov 29", as if backwards. */
export const dayLabel = (day: string, withYear = false) => (withYear ? dayInYearFormat : dayFormat).format(new Date(`${day}T00:00:00Z`));

/** Credits per day of the team's calendar as bars; each bar opens the charges behind it. */
export function SpendChart({ days, timeZone, onDrill }: { days: SpendReport["byDay"]; timeZone: string; onDrill: (drill: Drill) => void }) {
  const max = Math.max(1, ...days.map((day) => day.credits));
  const withYear = days.length > 0 && days[0]!.day.slice(0, 4) !== days.at(-1)!.day.slice(0, 4);
  const label = (day: string) => dayLabel(day, withYear);
  // One tab stop for the whole chart (a year is 365 bars): the arrow keys, Home and End move between days.
  const [picked, setPicked] = useState<number | null>(null);
  const current = Math.min(picked ?? days.length - 1, days.length - 1);
  const bars = useRef<HTMLUListElement>(null);
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(days.length - 1, index));
    setPicked(next);
    bars.current?.querySelectorAll("button")[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: days.length - 1 };
    if (!(event.key in step)) return;
    event.preventDefault();
    moveTo(step[event.key]!);
  };
  return (
    <figure className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption className="mb-3 flex items-baseline justify-between text-sm">
        <span className="font-medium">Spend by day</span>
        <span className="text-xs text-zinc-500">credits per day ({zoneLabel(timeZone)}) · highest {max.toLocaleString("en")}</span>
      </figcaption>
      {/* A bar is at most 6rem wide: a short range (one day, a week) reads as days, not as one wide block. */}
      <div className="mx-auto" style={{ maxWidth: `${days.length * 6}rem` }}>
        <ul ref={bars} className="flex h-40 items-end gap-px" aria-label="Credits by day (arrow keys move between days)" onKeyDown={onKeyDown}>
          {days.map((day, index) => (
            <li key={day.day} className="flex h-full min-w-0 flex-1">
              <button
                type="button"
                tabIndex={index === current ? 0 : -1}
                onFocus={() => setPicked(index)}
                aria-label={`${label(day.day)}: ${day.credits.toLocaleString("en")} credits, ${day.charges.toLocaleString("en")} paid numbers`}
                title={`${label(day.day)}: ${day.credits.toLocaleString("en")} credits`}
                onClick={() => onDrill({ kind: "day", value: day.day })}
                className="group flex h-full min-w-0 flex-1 items-end focus-visible:outline-2 focus-visible:outline-indigo-500"
              >
                <span
                  className={`w-full rounded-t-sm ${day.credits > 0 ? "bg-indigo-500 group-hover:bg-indigo-400" : "bg-zinc-200 dark:bg-zinc-800"}`}
                  style={{ height: `${day.credits > 0 ? Math.max(3, (day.credits / max) * 100) : 1}%` }}
                />
              </button>
            </li>
          ))}
        </ul>
        <div data-testid="chart-ends" className="mt-1 flex justify-between text-xs text-zinc-500">
          <span>{days[0] ? label(days[0].day) : ""}</span>
          <span>{days.at(-1) ? label(days.at(-1)!.day) : ""}</span>
        </div>
      </div>
    </figure>
  );
}
