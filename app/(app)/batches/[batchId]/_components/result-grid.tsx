"use client";

import { memo, useId, useRef } from "react";
import { ROWS_PER_BLOCK, useRowBlocks } from "@/components/ui/use-row-blocks";
import type { BatchRow } from "@/lib/reveals/schemas";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { useFitToViewport } from "@/lib/ui/use-fit-to-viewport";
import { useFocusClearOfSticky } from "@/lib/ui/use-focus-clear-of-sticky";
import { PERSON_COLUMN, ResultRow } from "./result-row";

const ESTIMATED_ROW_PX = 64;
const FIXED_COLUMNS_REM = { state: 11, best: 11.5, credits: 5.5 };
const PROVIDER_REM = 9.5;
const revealKey = (row: BatchRow) => row.revealId;

/** A virtualized grid (ARIA table semantics): only the rows in view are in the DOM, so 10,000+ rows scroll smoothly. */
/** `answersToCome`: whether any reveal may still be answered (else no provider column will ever appear). */
export function ResultGrid({ rows, providers, emptyMessage, answersToCome }: { rows: BatchRow[]; providers: string[]; emptyMessage: string; answersToCome: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const legendId = useId();
  const headerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useRowBlocks({ rows, rowKey: revealKey, estimateRowPx: ESTIMATED_ROW_PX, scrollRef });
  const sendingPaused = Boolean(useQueueStatus().data?.pause);
  useFitToViewport(scrollRef);
  useFocusClearOfSticky(scrollRef, headerRef);
  // What a row cost sits beside its number, not after seven providers a rep would have to scroll past.
  const columns = `minmax(min(15rem,45vw),1.4fr) ${FIXED_COLUMNS_REM.state}rem ${FIXED_COLUMNS_REM.best}rem ${FIXED_COLUMNS_REM.credits}rem ${providers.length ? `repeat(${providers.length}, minmax(${PROVIDER_REM}rem,1fr))` : "minmax(12rem,1fr)"}`;
  // Header and body are separate boxes: the same explicit width keeps their fr columns aligned. It is the sum of the
  // columns' least widths, or the last column (Credits) is cut off.
  const fixedRem = 15 + FIXED_COLUMNS_REM.state + FIXED_COLUMNS_REM.best + FIXED_COLUMNS_REM.credits;
  const width = { width: "100%", minWidth: `${fixedRem + (providers.length ? PROVIDER_REM * providers.length : 12)}rem` };

  return (
    <div>
      <div
        ref={scrollRef}
        role="table"
        aria-label="Reveal results"
        aria-describedby={legendId}
        aria-rowcount={rows.length + 1}
        // Focusable, so the arrow keys scroll it (to the providers on the right) without a link to tab through.
        tabIndex={0}
        className="max-h-[calc(100dvh-7rem)] min-h-48 overflow-auto sm:max-h-[calc(100vh-15rem)] rounded-xl border border-zinc-200 bg-white text-xs dark:border-zinc-800 dark:bg-zinc-900 outline-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 dark:outline-indigo-400"
      >
        <div ref={headerRef} role="rowgroup" style={width} className="sticky top-0 z-10 bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <div role="row" className="grid border-b border-zinc-200 dark:border-zinc-800" style={{ gridTemplateColumns: columns }}>
            <div role="columnheader" className={`bg-zinc-50 px-3 py-2 font-medium dark:bg-zinc-900 ${PERSON_COLUMN}`}>
              Person
            </div>
            <div role="columnheader" className="px-3 py-2 font-medium">
              State
            </div>
            <div role="columnheader" className="px-3 py-2 font-medium" title="The number to call first: the charged provider's mobile if it found one">
              Best number
            </div>
            <div role="columnheader" className="px-3 py-2 text-right font-medium" title="Credits charged to this reveal (estimate)">
              Credits
            </div>
            {providers.map((provider) => (
              <div key={provider} role="columnheader" className="px-3 py-2 font-medium">
                {provider}
              </div>
            ))}
            {providers.length === 0 ? (
              <div className="px-3 py-2 italic text-zinc-500">{answersToCome ? "Providers appear here as their answers arrive" : "No provider was asked"}</div>
            ) : null}
          </div>
        </div>
        {rows.length === 0 ? (
          <p className="px-4 py-10 text-center text-sm text-zinc-500">{emptyMessage}</p>
        ) : (
          <div role="rowgroup" className="relative" style={{ ...width, height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((block) => (
              <RowBlock key={block.key} measureRef={virtualizer.measureElement} block={block.index} start={block.start} rows={rows} providers={providers} columns={columns} sendingPaused={sendingPaused} />
            ))}
          </div>
        )}
      </div>
      {/* What two headers mean, for touch and keyboard too: a title shows only to a mouse. */}
      <p id={legendId} className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
        Best number: the one to call first, the charged provider&apos;s mobile when it found one. Credits: charged to this reveal (an estimate until Clodura&apos;s balance confirms it).
      </p>
    </div>
  );
}

type RowBlockProps = { measureRef: (element: HTMLDivElement | null) => void; block: number; start: number; rows: BatchRow[]; providers: string[]; columns: string; sendingPaused: boolean };

/** One block of rows at its place in the grid; a block still in view is not rendered again as the grid scrolls. */
const RowBlock = memo(function RowBlock({ measureRef, block, start, rows, providers, columns, sendingPaused }: RowBlockProps) {
  const first = block * ROWS_PER_BLOCK;
  return (
    <div ref={measureRef} data-index={block} className="absolute left-0 top-0 w-full [contain:layout_paint]" style={{ transform: `translateY(${start}px)` }}>
      {rows.slice(first, first + ROWS_PER_BLOCK).map((row, offset) => (
        <ResultRow key={row.revealId} index={first + offset} row={row} providers={providers} columns={columns} sendingPaused={sendingPaused} />
      ))}
    </div>
  );
});
