"use client";

import { memo, useId, useRef } from "react";
import { InGridCell } from "@/components/ui/in-grid-cell";
import { ROWS_PER_BLOCK, useRowBlocks } from "@/components/ui/use-row-blocks";
import type { BatchRow } from "@/lib/reveals/schemas";
import { useQueueStatus } from "@/lib/reveals/use-queue-status";
import { showColumnsOffRight, useColumnsOffRight } from "@/lib/ui/use-columns-off-right";
import { useFitToViewport } from "@/lib/ui/use-fit-to-viewport";
import { useFocusClearOfSticky } from "@/lib/ui/use-focus-clear-of-sticky";
import { useGridKeyboard } from "@/lib/ui/use-grid-keyboard";
import { PERSON_COLUMN, ResultRow } from "./result-row";

const ESTIMATED_ROW_PX = 64;
const FIXED_COLUMNS_REM = { state: 11, best: 11.5, credits: 5.5 };
const PROVIDER_REM = 9.5;
const revealKey = (row: BatchRow) => row.revealId;

/**
 * A virtualized ARIA grid: only the rows in view are in the DOM, so 10,000+ rows scroll smoothly. A grid, not a table:
 * its rows hold links and buttons (profile, Call, Copy, more numbers), so it is one tab stop moved by the arrow keys
 * rather than a dozen tab stops a row.
 */
/** `answersToCome`: whether any reveal may still be answered (else no provider column will ever appear). */
export function ResultGrid({ rows, providers, emptyMessage, answersToCome }: { rows: BatchRow[]; providers: string[]; emptyMessage: string; answersToCome: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const legendId = useId();
  const headerRef = useRef<HTMLDivElement>(null);
  // Person, State, Best number, Credits, then a provider each (or the one column that says none has answered yet).
  const columnCount = 4 + Math.max(providers.length, 1);
  const keyboard = useGridKeyboard({ box: scrollRef, header: headerRef, rows: rows.length, columns: columnCount });
  const virtualizer = useRowBlocks({ rows, rowKey: revealKey, estimateRowPx: ESTIMATED_ROW_PX, scrollRef, keepRow: keyboard.activeRow });
  const sendingPaused = Boolean(useQueueStatus().data?.pause);
  useFitToViewport(scrollRef);
  useFocusClearOfSticky(scrollRef, headerRef);
  const offRight = useColumnsOffRight(scrollRef, headerRef, columnCount);
  // What a row cost sits beside its number, not after seven providers a rep would have to scroll past.
  const columns = `minmax(min(15rem,45vw),1.4fr) ${FIXED_COLUMNS_REM.state}rem ${FIXED_COLUMNS_REM.best}rem ${FIXED_COLUMNS_REM.credits}rem ${providers.length ? `repeat(${providers.length}, minmax(${PROVIDER_REM}rem,1fr))` : "minmax(12rem,1fr)"}`;
  // Header and body are separate boxes: the same explicit width keeps their fr columns aligned. It is the sum of the
  // columns' least widths, or the last column (Credits) is cut off.
  const fixedRem = 15 + FIXED_COLUMNS_REM.state + FIXED_COLUMNS_REM.best + FIXED_COLUMNS_REM.credits;
  const width = { width: "100%", minWidth: `${fixedRem + (providers.length ? PROVIDER_REM * providers.length : 12)}rem` };

  return (
    <div className="relative">
      {offRight > 0 ? <ColumnsOffRight count={offRight} onShow={() => scrollRef.current && headerRef.current && showColumnsOffRight(scrollRef.current, headerRef.current)} /> : null}
      <div
        ref={scrollRef}
        role="grid"
        aria-label="Reveal results"
        aria-describedby={legendId}
        aria-readonly
        aria-rowcount={rows.length + 1}
        aria-colcount={columnCount}
        // Its cells are the tab stop; with none, the box itself, so the arrow keys still scroll it sideways.
        tabIndex={rows.length === 0 ? 0 : undefined}
        {...keyboard.gridProps}
        className="max-h-[calc(100dvh-7rem)] min-h-48 overflow-auto sm:max-h-[calc(100vh-15rem)] rounded-xl border border-zinc-200 bg-white text-xs dark:border-zinc-800 dark:bg-zinc-900 outline-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 dark:outline-indigo-400"
      >
        <div ref={headerRef} role="rowgroup" style={width} className="sticky top-0 z-10 bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <div role="row" aria-rowindex={1} className="grid border-b border-zinc-200 dark:border-zinc-800" style={{ gridTemplateColumns: columns }}>
            <div role="columnheader" aria-colindex={1} className={`bg-zinc-50 px-3 py-2 font-medium dark:bg-zinc-900 ${PERSON_COLUMN}`}>
              Person
            </div>
            <div role="columnheader" aria-colindex={2} className="px-3 py-2 font-medium">
              State
            </div>
            <div role="columnheader" aria-colindex={3} className="px-3 py-2 font-medium" title="The number to call first: the charged provider's mobile if it found one">
              Best number
            </div>
            <div role="columnheader" aria-colindex={4} className="px-3 py-2 text-right font-medium" title="Credits charged to this reveal (estimate)">
              Credits
            </div>
            {providers.map((provider, column) => (
              <div key={provider} role="columnheader" aria-colindex={5 + column} className="px-3 py-2 font-medium">
                {provider}
              </div>
            ))}
            {providers.length === 0 ? (
              <div role="columnheader" aria-colindex={5} className="px-3 py-2 font-normal italic text-zinc-500">{answersToCome ? "Providers appear here as their answers arrive" : "No provider was asked"}</div>
            ) : null}
          </div>
        </div>
        {rows.length === 0 ? (
          <p className="px-4 py-10 text-center text-sm text-zinc-500">{emptyMessage}</p>
        ) : (
          <div role="rowgroup" className="relative" style={{ ...width, height: virtualizer.getTotalSize() }}>
            <InGridCell value>
              {virtualizer.getVirtualItems().map((block) => {
                // Only the block holding the tab stop gets it: the others keep their props, and are not rendered again.
                const holdsFocus = Math.floor(keyboard.activeRow / ROWS_PER_BLOCK) === block.index;
                return (
                  <RowBlock
                    key={block.key}
                    measureRef={virtualizer.measureElement}
                    block={block.index}
                    start={block.start}
                    rows={rows}
                    providers={providers}
                    columns={columns}
                    sendingPaused={sendingPaused}
                    activeRow={holdsFocus ? keyboard.activeRow : -1}
                    activeColumn={holdsFocus ? keyboard.activeColumn : 0}
                  />
                );
              })}
            </InGridCell>
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

/**
 * Over the header's right end, outside the grid: a fade and how many columns are further right, pressed to scroll
 * there. For the mouse and the eye; the arrow keys (and aria-colcount) already reach and tell every column.
 */
function ColumnsOffRight({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div aria-hidden className="pointer-events-none absolute top-px right-px z-20 flex h-8 items-center rounded-tr-xl bg-gradient-to-l from-zinc-50 via-zinc-50/90 to-transparent pr-1.5 pl-8 dark:from-zinc-900 dark:via-zinc-900/90">
      {/* Never takes the focus: gone once scrolled to the end, it would leave the page to find a new one. */}
      <button type="button" tabIndex={-1} data-testid="columns-off-right" onMouseDown={(event) => event.preventDefault()} onClick={onShow} className="pointer-events-auto rounded-full border border-zinc-300 bg-white px-2 py-0.5 text-[11px] font-medium text-zinc-700 shadow-sm hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700">
        {count} more {count === 1 ? "column" : "columns"} →
      </button>
    </div>
  );
}

type RowBlockProps = {
  measureRef: (element: HTMLDivElement | null) => void;
  block: number;
  start: number;
  rows: BatchRow[];
  providers: string[];
  columns: string;
  sendingPaused: boolean;
  /** The row (in the whole list) and column of the grid's tab stop when it is in this block, else -1 and 0. */
  activeRow: number;
  activeColumn: number;
};

/** One block of rows at its place in the grid; a block still in view is not rendered again as the grid scrolls. */
const RowBlock = memo(function RowBlock({ measureRef, block, start, rows, providers, columns, sendingPaused, activeRow, activeColumn }: RowBlockProps) {
  const first = block * ROWS_PER_BLOCK;
  return (
    <div ref={measureRef} data-index={block} className="absolute left-0 top-0 w-full [contain:layout_paint]" style={{ transform: `translateY(${start}px)` }}>
      {rows.slice(first, first + ROWS_PER_BLOCK).map((row, offset) => (
        <ResultRow key={row.revealId} index={first + offset} row={row} providers={providers} columns={columns} sendingPaused={sendingPaused} activeColumn={first + offset === activeRow ? activeColumn : null} />
      ))}
    </div>
  );
});
