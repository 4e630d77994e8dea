"use client";

import { useEffect } from "react";

const FOCUSABLE = "button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/**
 * Where the keyboard focus goes when what held it is gone, instead of the page's start (a screen reader then reads
 * from the top, and Tab starts over). A control replaced by another (Disable by Enable, Stop sending by its notice):
 * the first control left in the nearest part of the page still shown. A page left for another (a list sent opens its
 * batch): that page's heading, once it is shown. The control chosen is the one nearest to where the lost one was.
 */
export function FocusKeeper() {
  useEffect(() => {
    let last: { element: HTMLElement; ancestors: HTMLElement[]; path: string; at: DOMRect } | null = null;
    let headingWanted = false;
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      headingWanted = false;
      const ancestors: HTMLElement[] = [];
      for (let node = event.target.parentElement; node; node = node.parentElement) ancestors.push(node);
      last = { element: event.target, ancestors, path: location.pathname, at: event.target.getBoundingClientRect() };
    };
    // A click on the page's background leaves the focus there, by choice.
    const onPointerDown = () => {
      last = null;
      headingWanted = false;
    };
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (!heading) return false;
      if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    const observer = new MutationObserver(() => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (!lost) return;
      if (headingWanted) {
        if (focusHeading()) headingWanted = false;
        return;
      }
      if (!last || last.element.isConnected) return;
      const { element, ancestors, path, at } = last;
      last = null;
      // The whole page went (another page, or its loading state, took its place), or the heading itself was drawn
      // again: the page's heading, once shown.
      const kept = ancestors.find((node) => node.isConnected);
      const main = document.getElementById("main");
      if (path !== location.pathname || !kept || !main || kept.contains(main) || element.tagName === "H1") {
        headingWanted = !focusHeading();
        return;
      }
      const container = ancestors.find((node) => node.isConnected && node.querySelector(FOCUSABLE));
      if (container) nearest(shownIn(container), at)?.focus({ preventScroll: true });
    });
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("pointerdown", onPointerDown, true);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("pointerdown", onPointerDown, true);
      observer.disconnect();
    };
  }, []);
  return null;
}

/** What Tab could reach: a link or button a widget took out of the tab order (a grid's cell links) is not a candidate. */
function shownIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0);
}

function nearest(candidates: HTMLElement[], at: DOMRect): HTMLElement | undefined {
  const distance = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    return Math.hypot(rect.x + rect.width / 2 - (at.x + at.width / 2), rect.y + rect.height / 2 - (at.y + at.height / 2));
  };
  return candidates.map((element) => ({ element, distance: distance(element) })).sort((a, b) => a.distance - b.distance)[0]?.element;
}
