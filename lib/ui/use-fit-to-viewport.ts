"use client";

import { useLayoutEffect, type RefObject } from "react";

const BOTTOM_GAP_PX = 16;
// A box squeezed under a tall page top showed two people on a laptop: past this share, the page scrolls to it instead.
const MIN_WINDOW_SHARE = 0.6;

/**
 * Caps a scrolling box's height so its bottom (and its sideways scroll bar) ends on screen below whatever sits above it
 * (banners, notices, filters), never less than `minPx` or 60% of the window's height. A fixed `100vh − N` guess left the last rows of a busy page
 * off the bottom of a laptop screen, to be reached by scrolling the page and the box in turn.
 */
export function useFitToViewport(ref: RefObject<HTMLElement | null>, minPx = 320): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    let frame = 0;
    const fit = () => {
      const top = box.getBoundingClientRect().top + window.scrollY;
      const height = `${Math.max(minPx, Math.round(window.innerHeight * MIN_WINDOW_SHARE), window.innerHeight - top - BOTTOM_GAP_PX)}px`;
      if (box.style.maxHeight !== height) box.style.maxHeight = height;
    };
    // In the next frame, not inside the observer's callback: resizing what it observes there loops.
    const fitSoon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    fit();
    window.addEventListener("resize", fitSoon);
    // What sits above can grow or go anywhere on the page (a notice in the page, the pause banner above it).
    const observer = new ResizeObserver(fitSoon);
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("resize", fitSoon);
      observer.disconnect();
    };
  }, [ref, minPx]);
}
