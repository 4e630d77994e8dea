import { and, inArray, isNull, ne, notInArray } from "drizzle-orm";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { budgets, settings, users } from "@/db/schema";
import { FIRST_ADMIN_NAME } from "./account-schema";
import { demoAccounts } from "./demo-accounts";
import type { SessionUser } from "./roles";

export type SetupStep = { step: "name" | "team" | "settings" | "budgets"; done: boolean };

/**
 * Saved pricing is what says the admin checked the settings: the time zone alone may be saved in passing, and a team on
 * the default zone cannot save it unchanged, while pricing can always be saved as it is.
 */
const TEAM_SETTINGS = ["plan", "providerPrices"];
const demoEmails = demoAccounts.map((account) => account.email);

/**
 * A new team's admin, until the setup that everything else counts on is done: their own name (the start names them
 * "Administrator"), a teammate, and the team's settings. Budgets are offered, not required. Null once done, and for
 * anyone else (the demo admin of sandbox mode tries the product; it sets up nothing).
 */
export function gettingStarted(db: Db, viewer: SessionUser): SetupStep[] | null {
  if (viewer.role !== "admin" || demoEmails.includes(viewer.email)) return null;
  const named = viewer.name !== FIRST_ADMIN_NAME;
  const teammate = db
    .select({ id: users.id })
    .from(users)
    .where(and(ne(users.id, viewer.id), isNull(users.disabledAt), notInArray(users.email, demoEmails)))
    .get();
  const settingsSaved = db.select({ key: settings.key }).from(settings).where(inArray(settings.key, TEAM_SETTINGS)).get();
  if (named && teammate && settingsSaved) return null;
  const capped = db.select({ subject: budgets.subject }).from(budgets).get();
  return [
    { step: "name", done: named },
    { step: "team", done: teammate !== undefined },
    { step: "settings", done: settingsSaved !== undefined },
    { step: "budgets", done: capped !== undefined },
  ];
}

/** For the Reveal page, which does not hold the db. */
export function setupLeftFor(viewer: SessionUser): SetupStep[] | null {
  return gettingStarted(getDb(), viewer);
}
