import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { dayIn } from "./periods";

/** The team's calendar day (in its time zone) that `at` falls on: today unless told otherwise. */
export function teamDay(db: Db, at: Date | number = Date.now()): string {
  return dayIn(at, getSetting(db, "timeZone"));
}
