"use client";

import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import { coversColumn, gridMove, type GridPosition } from "./grid-moves";
import { scrollCellIntoView } from "./scroll-cell-into-view";

const CELL = "[role=gridcell],[role=rowheader]";
const WIDGET = "a[href],button,summary,input,select,textarea";
// The header row is aria-rowindex 1: the list's first row is 2.
const FIRST_ROW_INDEX = 2;

type GridKeyboardOptions = { box: RefObject<HTMLElement | null>; header: RefObject<HTMLElement | null>; rows: number; columns: number };

/**
 * The keyboard of a virtualized data grid (WAI-ARIA grid pattern) whose box is `box`: one cell is the grid's tab stop
 * (`activeRow`, `activeColumn`: render it with tabIndex 0, and keep its row rendered wherever the grid is scrolled);
 * arrows, Home/End and PageUp/PageDown move it, scrolled clear of the sticky `header`; Enter or F2 goes to the cell's
 * first link or button, Tab then goes round the cell's, and Escape back to the cell. A focused cell that a re-render
 * replaces (live updates, a filter) gives the focus to whatever cell is then in its place.
 */
export function useGridKeyboard({ box, header, rows, columns }: GridKeyboardOptions) {
  const [kept, setKept] = useState<GridPosition>({ row: 0, column: 1 });
  const activeRow = Math.min(kept.row, rows - 1);
  const activeColumn = Math.min(kept.column, columns);
  const moved = useRef(false);
  const lastFocused = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const grid = box.current;
    const last = lastFocused.current;
    const lost = last !== null && !last.isConnected && (document.activeElement === null || document.activeElement === document.body);
    if (!grid || (!moved.current && !lost)) return;
    moved.current = false;
    const cell = findCell(grid, activeRow, activeColumn);
    if (!cell) return;
    if (header.current) scrollCellIntoView(grid, header.current, cell);
    // Then the page, if the grid's box runs past the window: the box itself already shows the cell.
    cell.scrollIntoView({ block: "nearest", inline: "nearest" });
    cell.focus({ preventScroll: true });
  });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    lastFocused.current = event.target;
    const cell = event.target.closest<HTMLElement>(CELL);
    const at = cell ? positionOf(cell) : null;
    if (!at) return;
    // A click or a link's focus moves the tab stop with it; a kept column inside the focused cell's span stays.
    setKept((kept) => (kept.row === at.row && coversColumn(kept.column, at.start, at.span) ? kept : { row: at.row, column: at.start }));
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const to = event.relatedTarget;
    if (to instanceof Node && event.currentTarget.contains(to)) return;
    const from = event.target;
    if (to) {
      lastFocused.current = null;
      return;
    }
    // Focus gone nowhere: a click on the page's background forgets it; a cell a re-render removed is refocused.
    requestAnimationFrame(() => {
      if (lastFocused.current === from && from.isConnected && document.activeElement !== from) lastFocused.current = null;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>(CELL);
    const at = cell ? positionOf(cell) : null;
    if (!cell || !at || event.altKey) return;
    if (target !== cell) return onWidgetKey(event, cell);
    if (event.key === "Enter" || event.key === "F2") {
      const first = widgets(cell)[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    const column = coversColumn(activeColumn, at.start, at.span) ? activeColumn : at.start;
    const pageRows = Math.floor(((box.current?.clientHeight ?? 0) - (header.current?.offsetHeight ?? 0)) / Math.max(1, cell.parentElement?.offsetHeight ?? 0));
    const to = gridMove(event, { row: at.row, column, cellStart: at.start, cellEnd: at.start + at.span - 1 }, { rows, columns, pageRows });
    if (!to) return;
    event.preventDefault();
    moved.current = true;
    setKept(to);
  };

  return { activeRow, activeColumn, gridProps: { onKeyDown, onFocus, onBlur } };
}

/** Inside a cell's link or button: Tab and Shift+Tab go round the cell's, Escape goes back to the cell. */
function onWidgetKey(event: KeyboardEvent<HTMLElement>, cell: HTMLElement): void {
  if (event.key === "Escape") {
    event.preventDefault();
    cell.focus();
    return;
  }
  const all = widgets(cell);
  const at = all.indexOf(event.target as HTMLElement);
  if (event.key !== "Tab" || at === -1) return;
  event.preventDefault();
  all[(at + (event.shiftKey ? all.length - 1 : 1)) % all.length]!.focus();
}

/** The links and buttons a cell shows (not those folded away or only for a phone). */
function widgets(cell: HTMLElement): HTMLElement[] {
  return [...cell.querySelectorAll<HTMLElement>(WIDGET)].filter((widget) => widget.checkVisibility());
}

function positionOf(cell: HTMLElement): { row: number; start: number; span: number } | null {
  const row = Number(cell.parentElement?.getAttribute("aria-rowindex")) - FIRST_ROW_INDEX;
  const start = Number(cell.getAttribute("aria-colindex"));
  if (!Number.isInteger(row) || row < 0 || !Number.isInteger(start)) return null;
  return { row, start, span: Number(cell.getAttribute("aria-colspan") ?? 1) };
}

function findCell(grid: HTMLElement, row: number, column: number): HTMLElement | null {
  const cells = [...grid.querySelectorAll<HTMLElement>(`[role=row][aria-rowindex="${row + FIRST_ROW_INDEX}"] > :is(${CELL})`)];
  return cells.find((cell) => coversColumn(column, Number(cell.getAttribute("aria-colindex")), Number(cell.getAttribute("aria-colspan") ?? 1))) ?? cells[0] ?? null;
}
