"use client";

import { useSyncExternalStore } from "react";
import { zoneLabel } from "@/lib/credits/periods";

/** Whether two zones show the same wall clock at `at`. */
export function sameWallClock(zoneA: string, zoneB: string, at = new Date()): boolean {
  const clock = (timeZone: string) => at.toLocaleString("en-US", { timeZone, hour12: false });
  return clock(zoneA) === clock(zoneB);
}

/**
 * " (Asia/Tokyo)" after a word like "today" when the team's day is not the reader's, so a count by the team's calendar
 * is not read against the reader's own "Today, 9:49 PM" beside it; empty where the two agree. Empty on the server,
 * which does not know the reader's zone.
 */
export function useTeamDayLabel(teamZone: string): string {
  return useSyncExternalStore(
    noChanges,
    () => (sameWallClock(Intl.DateTimeFormat().resolvedOptions().timeZone, teamZone) ? "" : ` (${zoneLabel(teamZone)})`),
    () => "",
  );
}

// The reader's zone does not change under a page: nothing to subscribe to.
const noChanges = () => () => {};
