"use client";

import { useEffect, type RefObject } from "react";

const MARGIN_PX = 8;

/**
 * Keeps what the keyboard focuses in a scrolling grid clear of the grid's sticky header row and first column: the
 * browser scrolls a focused link into the box, not out from under what sticks to its edges. `header` is the sticky
 * row; the sticky column's width is its first cell's.
 */
export function useFocusClearOfSticky(box: RefObject<HTMLElement | null>, header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const scroller = box.current;
    if (!scroller) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      const top = header.current;
      if (!(target instanceof HTMLElement) || target === scroller || !top || top.contains(target)) return;
      const bounds = scroller.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      const covered = { top: bounds.top + top.offsetHeight, left: bounds.left + (top.querySelector<HTMLElement>("[role=columnheader]")?.offsetWidth ?? 0) };
      if (rect.top < covered.top) scroller.scrollTop -= covered.top - rect.top + MARGIN_PX;
      // A link in the sticky column itself is never under it.
      if (!target.closest("[data-sticky-column]") && rect.left < covered.left) scroller.scrollLeft -= covered.left - rect.left + MARGIN_PX;
    };
    scroller.addEventListener("focusin", onFocusIn);
    return () => scroller.removeEventListener("focusin", onFocusIn);
  }, [box, header]);
}
