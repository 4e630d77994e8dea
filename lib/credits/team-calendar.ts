import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { dayIn } from "./periods";

/** Today, in the team's time zone. */
export function teamToday(db: Db, now: Date | number = Date.now()): string {
  return dayIn(now, getSetting(db, "timeZone"));
}

/** For pages: the team's time zone, from the app's database. */
export function teamTimeZone(): string {
  return getSetting(getDb(), "timeZone");
}
