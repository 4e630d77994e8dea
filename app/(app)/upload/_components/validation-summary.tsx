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
