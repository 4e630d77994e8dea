"use client";

import { useLayoutEffect, type RefObject } from "react";

const BOTTOM_GAP_PX = 16;

/**
 * Caps a scrolling box's height so its bottom (and its sideways scroll bar) ends on screen below whatever sits above it
 * (banners, notices, filters), never less than `minPx`. A fixed `100vh − N` guess left the last rows of a busy page
 * off the bottom of a laptop screen, to be reached by scrolling the page and the box in turn.
 */
export function useFitToViewport(ref: RefObject<HTMLElement | null>, minPx = 320): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => {
      const top = box.getBoundingClientRect().top + window.scrollY;
      box.style.maxHeight = `${Math.max(minPx, window.innerHeight - top - BOTTOM_GAP_PX)}px`;
    };
    fit();
    window.addEventListener("resize", fit);
    // What sits above can grow or go (a notice appears, the cost card loads): the page around the box changes size.
    const observer = new ResizeObserver(fit);
    if (box.parentElement) observer.observe(box.parentElement);
    return () => {
      window.removeEventListener("resize", fit);
      observer.disconnect();
    };
  }, [ref, minPx]);
}
