"use client";

import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, type RefObject } from "react";

/** Rows per block: about 20 rows are in the page at a time (the blocks in view and one either side). */
export const ROWS_PER_BLOCK = 4;

type RowBlocksOptions<T> = {
  rows: T[];
  /** A stable function (declared outside the component): a new one each render makes the virtualizer recount every block. */
  rowKey: (row: T) => string | number;
  estimateRowPx: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** A row rendered wherever the list is scrolled: the one holding the keyboard's focus, which must not be unmounted. */
  keepRow?: number;
};

/**
 * A virtualizer over blocks of ROWS_PER_BLOCK rows; the rows lay out inside their block at their natural height. Each
 * size the virtualizer measures makes it recount every position after it: measured row by row, a jump through
 * 100,000 rows (dragging the scroll bar) took 100–200 ms a frame. The first row of block `index` is `index * ROWS_PER_BLOCK`.
 */
export function useRowBlocks<T>({ rows, rowKey, estimateRowPx, scrollRef, keepRow = -1 }: RowBlocksOptions<T>) {
  const getItemKey = useCallback((block: number) => {
    const first = rows[block * ROWS_PER_BLOCK];
    return first === undefined ? block : rowKey(first);
  }, [rows, rowKey]);
  const estimateSize = useCallback((block: number) => Math.min(ROWS_PER_BLOCK, rows.length - block * ROWS_PER_BLOCK) * estimateRowPx, [rows.length, estimateRowPx]);
  const keepBlock = keepRow < 0 ? -1 : Math.floor(keepRow / ROWS_PER_BLOCK);
  const rangeExtractor = useCallback((range: Range) => {
    const blocks = defaultRangeExtractor(range);
    return keepBlock < 0 || keepBlock >= range.count || blocks.includes(keepBlock) ? blocks : [...blocks, keepBlock].sort((a, b) => a - b);
  }, [keepBlock]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the React Compiler is off; the virtualizer is used as documented.
  return useVirtualizer({ count: Math.ceil(rows.length / ROWS_PER_BLOCK), getScrollElement: () => scrollRef.current, estimateSize, overscan: 1, getItemKey, rangeExtractor });
}
