"use client";

import type { ReactNode } from "react";
import { When } from "@/components/ui/when";
import { costPerNumber } from "@/lib/credits/cost-per-number";
import type { SpendReport } from "@/lib/credits/spend-report";
import type { Drill } from "./use-dashboard-params";

const fmt = (value: number) => value.toLocaleString("en");
const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

type DrillProps = { onDrill: (drill: Drill) => void };

export function SpendBySdr({ rows, onDrill }: DrillProps & { rows: SpendReport["byUser"] }) {
  return (
    <Panel title="By SDR" note="answered = reveals that came back, found or not" empty={rows.length === 0}>
      <Head columns={["SDR", "Answered", "Found rate", "Paid numbers", "Credits", "Per number"]} wideOnly={["Answered", "Paid numbers"]} />
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map((row) => (
          <tr key={row.userId}>
            <td className="px-3 py-1.5">
              <DrillButton onClick={() => onDrill({ kind: "user", value: row.userId })}>{row.name}</DrillButton>
            </td>
            <Num wideOnly>{fmt(row.answered)}</Num>
            <Num>{percent(row.foundRate)}</Num>
            <Num wideOnly>{fmt(row.charges)}</Num>
            <Num>{fmt(row.credits)}</Num>
            <Num>{perNumber(row)}</Num>
          </tr>
        ))}
      </tbody>
    </Panel>
  );
}

/** `timeZone`: the team's, whose days the rest of the page counts in. */
export function SpendByBatch({ rows, onDrill, timeZone }: DrillProps & { rows: SpendReport["byBatch"]; timeZone: string }) {
  return (
    <Panel title="By batch" note="top 50 by credits" empty={rows.length === 0}>
      <Head columns={["Batch", "By", "Created", "Paid numbers", "Credits", "Per number"]} textColumns={3} wideOnly={["By", "Created"]} phoneLabels={{ "Paid numbers": "Paid", "Per number": "Each" }} />
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map((row) => (
          <tr key={row.batchId}>
            <td className="px-3 py-1.5 max-sm:px-2">
              {/* The name wraps (anywhere, for a long file name) so the figures keep their room in half a laptop's width. */}
              <div className="min-w-28 wrap-anywhere">
                <DrillButton onClick={() => onDrill({ kind: "batch", value: row.batchId })}>
                  {row.name}
                </DrillButton>{" "}
                {/* Says what it does (a bare "open" read as the list's state); the name itself opens the list's charges. */}
                <a href={`/batches/${row.batchId}`} className="-my-1 inline-block px-1 py-1 text-xs whitespace-nowrap text-zinc-500 underline underline-offset-2 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
                  View list<span className="sr-only"> {row.name} by {row.createdBy}</span>
                </a>
              </div>
              <span className="block truncate text-xs text-zinc-500 sm:hidden dark:text-zinc-400">
                {row.createdBy} · <When at={row.createdAt} day timeZone={timeZone} />
              </span>
            </td>
            <td className="px-3 py-1.5 text-zinc-600 max-sm:hidden dark:text-zinc-400">{row.createdBy}</td>
            <td className="px-3 py-1.5 whitespace-nowrap text-zinc-600 max-sm:hidden dark:text-zinc-400">
              <When at={row.createdAt} day timeZone={timeZone} />
            </td>
            <Num>{fmt(row.charges)}</Num>
            <Num>{fmt(row.credits)}</Num>
            <Num>{perNumber(row)}</Num>
          </tr>
        ))}
      </tbody>
    </Panel>
  );
}

/** What one found number cost on average: whether a list, or an SDR's lists, was worth it. */
function perNumber(row: { credits: number; charges: number }): string {
  return row.charges > 0 ? costPerNumber(row.credits, row.charges) : "–";
}

/** Spend by provider and its scorecard in one table: which providers find numbers, and what a found number costs. */
export function ProviderScorecard({ rows, onDrill }: DrillProps & { rows: SpendReport["providers"] }) {
  return (
    <Panel title="Providers" note="asked = times the waterfall reached it · found counts each provider that found the number" empty={rows.length === 0}>
      <Head columns={["Provider", "Asked", "Found", "Found rate", "Charged", "Credits", "Cost per found number"]} wideOnly={["Asked", "Charged"]} phoneLabels={{ "Cost per found number": "Per number" }} />
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map((row) => (
          <tr key={row.provider}>
            <td className="px-3 py-1.5">
              <DrillButton onClick={() => onDrill({ kind: "provider", value: row.provider })}>{row.provider}</DrillButton>
            </td>
            <Num wideOnly>{fmt(row.asked)}</Num>
            <Num>{fmt(row.found)}</Num>
            <Num>{percent(row.foundRate)}</Num>
            <Num wideOnly>{fmt(row.charges)}</Num>
            <Num>{fmt(row.credits)}</Num>
            <Num>{row.costPerFound === null ? "–" : row.costPerFound.toLocaleString("en")}</Num>
          </tr>
        ))}
      </tbody>
    </Panel>
  );
}

function Panel({ title, note, empty, children }: { title: string; note?: string; empty: boolean; children: ReactNode }) {
  return (
    <section aria-label={title} className="overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="flex items-baseline justify-between px-3 pt-3 pb-2 text-sm font-medium">
        {title}
        {note ? <span className="text-xs font-normal text-zinc-500 max-sm:hidden">{note}</span> : null}
      </h2>
      {empty ? <p className="px-3 pb-4 text-sm text-zinc-500">Nothing charged in this period.</p> : <div className="relative overflow-x-auto"><table className="w-full text-left text-sm">{children}</table></div>}
    </section>
  );
}

/**
 * Column headings: the first `textColumns` are text, aligned left like their cells; the figures after them right.
 * `wideOnly` columns are left out on a phone, where the table would otherwise scroll sideways past its key figures.
 */
function Head({ columns, textColumns = 1, wideOnly = [], phoneLabels = {} }: { columns: string[]; textColumns?: number; wideOnly?: string[]; phoneLabels?: Record<string, string> }) {
  return (
    <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
      <tr>
        {columns.map((column, index) => (
          <th key={column} scope="col" className={`px-3 py-1.5 font-medium max-sm:px-2 ${index >= textColumns ? "text-right" : ""} ${wideOnly.includes(column) ? "max-sm:hidden" : ""}`}>
            {phoneLabels[column] ? (
              <>
                <span className="sm:hidden">{phoneLabels[column]}</span>
                <span className="max-sm:hidden">{column}</span>
              </>
            ) : (
              column
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function Num({ children, wideOnly = false }: { children: ReactNode; wideOnly?: boolean }) {
  return <td className={`px-3 py-1.5 text-right font-mono tabular-nums max-sm:px-2 ${wideOnly ? "max-sm:hidden" : ""}`}>{children}</td>;
}

function DrillButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" onClick={onClick} className="text-left font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
      {children}
    </button>
  );
}
