"use client";

import { memo, useRef } from "react";
import { ROWS_PER_BLOCK, useRowBlocks } from "@/components/ui/use-row-blocks";
import type { ValidatedRow } from "@/lib/csv/types";
import type { EarlierAnswer } from "@/lib/reveals/earlier-fact";
import type { LedgerHit } from "@/lib/reveals/ledger";
import { formatCredits } from "@/lib/reveals/use-imports";
import { canRevealAgain, isRevealedAgain } from "@/lib/reveals/reveal-again";
import { earlierNote, ledgerHit, ledgerNote, rowStatus, statusLook } from "./report-rows";
import { readablePath } from "@/lib/linkedin/display";

type Props = {
  rows: ValidatedRow[];
  ledger: Record<string, LedgerHit>;
  /** New rows the team revealed before the freshness window: said so, as they are charged again. */
  earlier: Record<string, EarlierAnswer>;
  freshnessDays: number;
  revealAgain: ReadonlySet<string>;
  onToggleAgain: (key: string, again: boolean) => void;
  /** Credits one more new reveal can cost at most; null until the ledger check answers. */
  worstPerReveal: number | null;
  showAgain: boolean;
};

// The "Reveal again" column only exists when the ledger knows someone in the file.
// On a phone, the reason (and "Reveal again") take a line of their own under the row, rather than a column off-screen.
const columns = (showAgain: boolean) =>
  `grid gap-x-3 gap-y-1 px-3 max-sm:grid-cols-[2.5rem_minmax(0,1fr)_auto] ${showAgain ? "sm:grid-cols-[3.5rem_minmax(0,1.2fr)_8.5rem_minmax(0,1.4fr)_14rem]" : "sm:grid-cols-[3.5rem_minmax(0,1.2fr)_8.5rem_minmax(0,1.6fr)]"}`;
const ownLineOnPhone = "max-sm:col-start-2 max-sm:col-end-4";

// Narrower than this (but wider than a phone), the table scrolls sideways in its box rather than squeezing the input.
const minWidth = (showAgain: boolean) => (showAgain ? "sm:min-w-[44rem]" : "sm:min-w-[34rem]");
const fileRowNumber = (row: ValidatedRow) => row.row;
// The cell shows where the URL starts to differ (a profile's slug: "in/dana-upload-1"); its title keeps the cell as the
// file has it.
const shownInput = (input: string) => readablePath(input.replace(/^\s*https?:\/\/(www\.)?/i, "").replace(/^([a-z]{2,3}\.)?linkedin\.com\/(?=in\/)/i, ""));

/** Every row of the file, virtualised: 100,000 rows draw only the few dozen on screen. */
export const ReportTable = memo(function ReportTable({ rows, ledger, earlier, freshnessDays, revealAgain, onToggleAgain, worstPerReveal, showAgain }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useRowBlocks({ rows, rowKey: fileRowNumber, estimateRowPx: 45, scrollRef });

  if (rows.length === 0) {
    return <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-8 text-center text-sm text-zinc-500 dark:border-zinc-700">No rows with this status. Choose another count above to see its rows.</p>;
  }
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label="Rows in the file"
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      data-scroll="report"
      className="max-h-[32rem] overflow-auto rounded-xl border border-zinc-200 bg-white text-xs dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div role="rowgroup" className={`sticky top-0 z-10 ${minWidth(showAgain)} border-b border-zinc-200 bg-zinc-50 text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400`}>
        <div role="row" aria-rowindex={1} className={`${columns(showAgain)} py-2 font-medium`}>
          <span role="columnheader" className="text-right">
            Row
          </span>
          <span role="columnheader">Input</span>
          <span role="columnheader">Status</span>
          <span role="columnheader" className="max-sm:sr-only">Reason</span>
          {showAgain ? <span role="columnheader" className="max-sm:sr-only">Reveal again</span> : null}
        </div>
      </div>
      <div role="rowgroup" className={`relative ${minWidth(showAgain)}`} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((block) => {
          const first = block.index * ROWS_PER_BLOCK;
          return (
            <div key={block.key} ref={virtualizer.measureElement} data-index={block.index} className="absolute inset-x-0 top-0" style={{ transform: `translateY(${block.start}px)` }}>
              {rows.slice(first, first + ROWS_PER_BLOCK).map((row, offset) => (
                <ReportRow
                  key={row.row}
                  row={row}
                  index={first + offset}
                  ledger={ledger}
                  earlier={earlier}
                  freshnessDays={freshnessDays}
                  again={row.key ? isRevealedAgain(row.key, ledger, revealAgain) : false}
                  onToggleAgain={onToggleAgain}
                  worstPerReveal={worstPerReveal}
                  showAgain={showAgain}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
});

type RowProps = Omit<Props, "rows" | "revealAgain"> & { row: ValidatedRow; index: number; again: boolean };

function ReportRow({ row, index, ledger, earlier, freshnessDays, again, onToggleAgain, worstPerReveal, showAgain }: RowProps) {
  const status = rowStatus(row, ledger);
  const look = statusLook[status];
  const hit = ledgerHit(row, ledger);
  // Who the row is, whatever its status: a rep finds a refused or empty row in the file by the name beside it.
  const who = [[row.firstName, row.lastName].filter(Boolean).join(" "), row.company].filter(Boolean).join(" · ");
  return (
    <div role="row" aria-rowindex={index + 2} data-status={status} className={`${columns(showAgain)} items-start border-b border-zinc-100 py-1.5 dark:border-zinc-800`}>
      <span role="cell" className="text-right font-mono text-zinc-500">
        {row.row}
      </span>
      <span role="cell" className="min-w-0">
        <span className="block truncate font-mono" title={row.input}>
          {row.input ? shownInput(row.input) : <span className="font-sans italic text-zinc-500">blank</span>}
        </span>
        {who ? (
          <span data-testid="row-who" className="block truncate text-zinc-600 dark:text-zinc-400" title={who}>
            {who}
          </span>
        ) : null}
      </span>
      <span role="cell">
        <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 font-medium ${again ? statusLook.new.badge : look.badge}`}>{again ? "Reveal again" : look.label}</span>
      </span>
      <span role="cell" className={`${ownLineOnPhone} ${hit ? "text-violet-700 dark:text-violet-300" : status === "unsupported" ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`}>
        {hit ? ledgerNote(hit) : (earlierNote(row, earlier, freshnessDays) ?? row.reason ?? "Will be revealed")}
      </span>
      {showAgain ? (
        <span role="cell" className={ownLineOnPhone}>
          {canRevealAgain(hit) && row.key ? (
            <label className="inline-flex items-center gap-1.5 whitespace-nowrap">
              <input type="checkbox" checked={again} onChange={(event) => row.key && onToggleAgain(row.key, event.target.checked)} className="accent-indigo-600" />
              <span>
                Reveal again<span className="sr-only"> (row {row.row})</span>
              </span>
              <span className={again ? "font-medium text-zinc-900 dark:text-zinc-100" : "text-zinc-500"}>{worstPerReveal === null ? "" : `+ up to ${formatCredits(worstPerReveal)}`}</span>
            </label>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
