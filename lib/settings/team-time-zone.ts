import { getDb } from "@/db";
import { getSetting } from "./settings";

/** For pages, which do not hold the db: the team's time zone. */
export function teamTimeZone(): string {
  return getSetting(getDb(), "timeZone");
}
