"use client";

import { useEffect, useState, type RefObject } from "react";

// A column cut by less than this is read in full: no cue for a border's width.
const CUT_PX = 8;

/**
 * How many of a scrolling box's header columns are off its right edge, wholly or cut, kept as it scrolls and resizes
 * (and as columns arrive): the grid's own scroll bar sits at its foot, often below the window, and says nothing.
 */
export function useColumnsOffRight(box: RefObject<HTMLElement | null>, header: RefObject<HTMLElement | null>, columns: number): number {
  const [offRight, setOffRight] = useState(0);
  useEffect(() => {
    const scroller = box.current;
    const row = header.current;
    if (!scroller || !row) return;
    let frame = 0;
    const count = () => {
      // The inside's right edge, short of a vertical scroll bar; a cell past it by more than CUT_PX is off.
      const edge = scroller.getBoundingClientRect().left + scroller.clientLeft + scroller.clientWidth + CUT_PX;
      let off = 0;
      for (const cell of row.querySelectorAll('[role="columnheader"]')) if (cell.getBoundingClientRect().right > edge) off += 1;
      setOffRight(off);
    };
    const countSoon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(count);
    };
    count();
    scroller.addEventListener("scroll", countSoon, { passive: true });
    const observer = new ResizeObserver(countSoon);
    observer.observe(scroller);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener("scroll", countSoon);
      observer.disconnect();
    };
  }, [box, header, columns]);
  return offRight;
}

/**
 * Scrolls the box so the first column off its right edge starts just right of the sticky first column: a column
 * shown whole, not a share of the width that leaves one cut under the sticky column.
 */
export function showColumnsOffRight(box: HTMLElement, header: HTMLElement): void {
  const bounds = box.getBoundingClientRect();
  const inside = { left: bounds.left + box.clientLeft, right: bounds.left + box.clientLeft + box.clientWidth };
  const cells = [...header.querySelectorAll<HTMLElement>('[role="columnheader"]')];
  const sticky = inside.left + (cells[0]?.offsetWidth ?? 0);
  // A cut column already at the sticky column's edge is wider than the room: the next one is brought there instead.
  const next = cells.find((cell) => {
    const { left, right } = cell.getBoundingClientRect();
    return right > inside.right + CUT_PX && left > sticky + 1;
  });
  box.scrollBy({ left: next ? next.getBoundingClientRect().left - sticky : inside.right - sticky, behavior: "smooth" });
}
