"use client";

import { memo } from "react";
import { ROW_STATUSES, statusLook, summaryLabel, type RowStatus } from "./report-rows";

type Props = {
  counts: Record<RowStatus, number>;
  freshnessDays: number | null;
  filter: RowStatus | "all";
  onFilter: (filter: RowStatus | "all") => void;
};

/** Counts per outcome, before anything is spent; each count also filters the table below. */
export const ValidationSummary = memo(function ValidationSummary({ counts, freshnessDays, filter, onFilter }: Props) {
  return (
    <ul aria-label="Validation summary" className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6">
      {ROW_STATUSES.map((status) => {
        const pressed = filter === status;
        return (
          <li key={status}>
            <button
              type="button"
              aria-pressed={pressed}
              data-summary={status}
              onClick={() => onFilter(pressed ? "all" : status)}
              className={`flex h-full w-full flex-col items-start rounded-lg border bg-white px-3 py-2 text-left transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-zinc-900 ${
                pressed ? "border-indigo-500 ring-1 ring-indigo-500" : "border-zinc-200 hover:border-zinc-300 dark:border-zinc-800 dark:hover:border-zinc-700"
              }`}
            >
              <span className={`font-mono text-lg font-semibold leading-6 ${counts[status] === 0 ? "text-zinc-400 dark:text-zinc-600" : statusLook[status].text}`}>
                {counts[status].toLocaleString("en")}
              </span>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{summaryLabel(status, freshnessDays)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});

/**
 * Most rows naming someone an earlier row names is what a wrong LinkedIn column looks like (a contact owner's, the same
 * on every row): said before the rep sends the few "new" ones and loses the rest.
 */
export function MostlyRepeats({ duplicates, total }: { duplicates: number; total: number }) {
  if (total < 4 || duplicates * 2 <= total) return null;
  return (
    <p role="status" data-testid="mostly-repeats" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      {duplicates.toLocaleString("en")} of {total.toLocaleString("en")} rows name a person an earlier row names. Is the LinkedIn URL column the right one? A column
      of the contact owner&apos;s profile names the same person on every row: choose the people&apos;s column above.
    </p>
  );
}
