import { z } from "zod";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/credits/periods";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { getSetting, setSetting } from "./settings";

export const timeZoneSchema = z.object({
  timeZone: z.string().trim().refine(isTimeZone, "Pick a time zone from the list, such as America/New_York."),
});

export type TeamTimeZone = { timeZone: string; default: string };

export function getTeamTimeZone(db: Db): TeamTimeZone {
  return { timeZone: getSetting(db, "timeZone"), default: DEFAULT_TIME_ZONE };
}

/**
 * Moves the team's calendar to another zone: from now on a daily budget resets at its midnight, and every past charge
 * is counted again on the day it fell on there (the rollups are rebuilt in the same transaction, so the budgets and the
 * Credits page never mix two calendars).
 */
export function updateTeamTimeZone(db: Db, actorId: string, timeZone: string, now = new Date()): void {
  db.transaction(
    () => {
      const before = getSetting(db, "timeZone");
      if (before === timeZone) return;
      setSetting(db, "timeZone", timeZone);
      rebuildSpendRollups(db);
      recordAudit(db, { actorId, action: "settings.changed", subject: "calendar", summary: `Team time zone: ${before} → ${timeZone}`, detail: { before, after: timeZone }, at: now });
    },
    { behavior: "immediate" },
  );
}
