"use client";

import { useEffect, useRef } from "react";
import type { Drill } from "./use-dashboard-params";

export const CHARGES_HEADING_ID = "charges-heading";

/** Scrolls the charges into view and puts the focus on their heading, so a keyboard or screen-reader user lands there. */
function showCharges() {
  const heading = document.getElementById(CHARGES_HEADING_ID);
  if (!heading) return;
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  heading.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "start" });
  // Without preventScroll the focus jumps there at once and cuts the smooth scroll short.
  heading.focus({ preventScroll: true });
}

/**
 * What a click on a figure does: pick its charges, then show them. The charges sit below the fold on a laptop, so
 * without the scroll the click seemed to do nothing. They are shown once the URL (and so the heading) has the new drill.
 */
export function useDrillDown(drill: Drill | null, setDrill: (next: Drill) => void) {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || !drill) return;
    pending.current = false;
    showCharges();
  }, [drill]);
  return (next: Drill) => {
    if (drill && drill.kind === next.kind && drill.value === next.value) return showCharges();
    pending.current = true;
    setDrill(next);
  };
}
