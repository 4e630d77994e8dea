"use client";

import { useEffect } from "react";

/**
 * Keeps `--sticky-header` at the header's height while it is sticky (0 when it scrolls away on short windows), so
 * the skip link, anchors and the focus scroll what they reach out from under it, however many rows it wraps to.
 */
export function StickyHeaderOffset({ headerId }: { headerId: string }) {
  useEffect(() => {
    const header = document.getElementById(headerId);
    if (!header) return;
    const root = document.documentElement;
    const measure = () => {
      const sticky = getComputedStyle(header).position === "sticky";
      root.style.setProperty("--sticky-header", `${sticky ? header.getBoundingClientRect().height : 0}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
      root.style.removeProperty("--sticky-header");
    };
  }, [headerId]);
  return null;
}
