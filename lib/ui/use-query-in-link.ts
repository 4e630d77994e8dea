"use client";

import { useEffect } from "react";

/**
 * Keeps the page's link at `query` ("?state=found&q=acme", or "" for none), so a reload or a shared link shows the same
 * view. Replaced, not pushed: Back leaves the page rather than stepping back through every filter picked.
 */
export function useQueryInLink(query: string): void {
  useEffect(() => {
    if (query === window.location.search) return;
    window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
  }, [query]);
}
