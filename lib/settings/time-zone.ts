import { z } from "zod";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/credits/periods";
import { recountRollups, type RecountOptions } from "@/lib/credits/recount-rollups";
import { AppError } from "@/lib/errors";
import { getSetting, setSetting } from "./settings";

export const timeZoneSchema = z.object({
  timeZone: z.string().trim().refine(isTimeZone, "Pick a time zone from the list, such as America/New_York."),
});

export type TeamTimeZone = { timeZone: string; default: string };

export function getTeamTimeZone(db: Db): TeamTimeZone {
  return { timeZone: getSetting(db, "timeZone"), default: DEFAULT_TIME_ZONE };
}

let changing = false;

/**
 * Moves the team's calendar to another zone: from now on a daily budget resets at its midnight, and every past charge
 * counts on the day it fell on there. The rollups are recounted between other requests and replaced in the same short
 * transaction that saves the setting, so the budgets and the Credits page never mix two calendars.
 */
export async function updateTeamTimeZone(db: Db, actorId: string, timeZone: string, options: RecountOptions = {}): Promise<void> {
  const before = getSetting(db, "timeZone");
  if (before === timeZone) return;
  if (changing) throw new AppError("conflict", "The team's time zone is being changed already: try again in a minute.");
  changing = true;
  try {
    await recountRollups(
      db,
      timeZone,
      () => {
        setSetting(db, "timeZone", timeZone);
        recordAudit(db, { actorId, action: "settings.changed", subject: "calendar", summary: `Team time zone: ${before} → ${timeZone}`, detail: { before, after: timeZone }, at: new Date() });
      },
      options,
    );
  } finally {
    changing = false;
  }
}
