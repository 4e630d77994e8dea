"use client";

import { useId, type RefObject } from "react";
import { chipCount, SEARCH_MAX_LENGTH, stateFilters, type StateFilter } from "@/lib/reveals/batch-filter";
import type { BatchView } from "@/lib/reveals/schemas";
import { useSlashToFocus } from "@/lib/ui/use-slash-to-focus";

type BatchFiltersProps = {
  batch: Pick<BatchView, "counts" | "freeWithNumber" | "total">;
  filter: StateFilter;
  onFilter: (filter: StateFilter) => void;
  search: string;
  onSearch: (search: string) => void;
  /** While a search is typed: each chip's count among the rows it matches. */
  matching: Record<StateFilter, number> | null;
  searchField: RefObject<HTMLInputElement | null>;
};

export function BatchFilters({ batch, filter, onFilter, search, onSearch, matching, searchField }: BatchFiltersProps) {
  useSlashToFocus(searchField);
  const countsNote = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label="Filter by state" aria-describedby={matching ? countsNote : undefined} className="flex flex-wrap gap-1">
        {(Object.keys(stateFilters) as StateFilter[]).map((key) => {
          const chip: (typeof stateFilters)[StateFilter] = stateFilters[key];
          const n = matching ? matching[key] : chipCount(key, batch);
          const active = key === filter;
          // Left out by the whole list's count, so chips do not come and go as a search is typed.
          if ("onlyWhenPresent" in chip && chipCount(key, batch) === 0 && !active) return null;
          return (
            <button
              key={key}
              type="button"
              aria-pressed={active}
              title={"free" in chip ? `${chip.label}, revealed here or free from the team ledger` : undefined}
              onClick={() => onFilter(key)}
              className={`rounded-full border px-2.5 py-1 text-xs transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500 ${active ? "border-indigo-600 bg-indigo-600 text-white" : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
            >
              {chip.label} <span className="font-mono opacity-80">{n.toLocaleString("en")}</span>
            </button>
          );
        })}
      </div>
      {matching ? <span id={countsNote} className="text-xs text-zinc-500 dark:text-zinc-400">Counts are of the rows the search matches.</span> : null}
      <label className="ml-auto flex items-center gap-2 text-xs max-sm:ml-0 max-sm:w-full">
        <span className="sr-only">Search by name, company, URL or phone number</span>
        <input
          ref={searchField}
          type="search"
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          onKeyDown={(event) => (event.key === "Escape" ? onSearch("") : undefined)}
          aria-keyshortcuts="/"
          maxLength={SEARCH_MAX_LENGTH}
          placeholder="Search name, company, URL or number (press /)"
          className="h-8 w-88 rounded-md border max-sm:w-full border-zinc-300 bg-white px-2.5 text-xs outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </label>
    </div>
  );
}
