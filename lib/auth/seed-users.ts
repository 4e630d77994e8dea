import { and, eq, inArray, isNotNull, isNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { FIRST_ADMIN_NAME } from "./account-schema";
import { demoAccounts } from "./demo-accounts";
import { hashPassword, verifyPassword } from "./passwords";

type SeedInput = { sandboxMode: boolean; initialAdmin: { email: string; password: string } | null };

const demoEmails = demoAccounts.map((account) => account.email);

/**
 * On start: demo accounts in sandbox mode (enabled again if a start with a real key disabled them), and disabled outside it (their passwords are published: with a real
 * Clodura account they would let anyone in); the admin from ADMIN_EMAIL/ADMIN_PASSWORD while the team has no admin of
 * its own (a team that tried the sandbox first has only the demo admin).
 */
export async function seedUsers(db: Db, input: SeedInput): Promise<void> {
  if (!input.sandboxMode) disableDemoAccounts(db);
  if (input.initialAdmin && !hasOwnAdmin(db)) {
    const email = input.initialAdmin.email.toLowerCase();
    const created = db
      .insert(users)
      .values({ email, name: FIRST_ADMIN_NAME, role: "admin", passwordHash: await hashPassword(input.initialAdmin.password) })
      .onConflictDoNothing()
      .run();
    // Not promoted: whoever holds that account chose its password, and start-up is no place to hand them the team.
    if (created.changes > 0) console.log(`[reveal-desk] created the admin ${email}: sign in with ADMIN_PASSWORD, then add your team on Team.`);
    else console.warn(`[reveal-desk] ADMIN_EMAIL ${email} already belongs to a member of the team: no admin was created. Set ADMIN_EMAIL to an email not yet on the team.`);
  }
  if (!input.sandboxMode) {
    if (!hasOwnAdmin(db)) console.warn("[reveal-desk] no admin can sign in: set ADMIN_EMAIL and ADMIN_PASSWORD and restart (demo accounts work in sandbox mode only)");
    return;
  }
  // Back in sandbox mode after a real key: the sign-in page lists them again, so they sign in again (one an admin
  // disabled stays so).
  const disabledAtStart = getSetting(db, "demoAccountsDisabledAtStart") ?? demoEmails;
  db.update(users).set({ disabledAt: null }).where(and(inArray(users.email, disabledAtStart), isNotNull(users.disabledAt))).run();
  setSetting(db, "demoAccountsDisabledAtStart", []);
  for (const account of demoAccounts) {
    const found = db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, account.email)).get();
    // The sign-in page lists each one's password: an older database (or a demo user's own change) must not hide it.
    if (found) {
      if (!(await verifyPassword(account.password, found.passwordHash))) {
        db.update(users).set({ passwordHash: await hashPassword(account.password), temporaryPassword: false }).where(eq(users.id, found.id)).run();
      }
      continue;
    }
    db.insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) })
      .onConflictDoNothing()
      .run();
  }
}

function disableDemoAccounts(db: Db): void {
  db.transaction(() => {
    const disabled = db
      .update(users)
      .set({ disabledAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(inArray(users.email, demoEmails), isNull(users.disabledAt)))
      .returning({ email: users.email })
      .all();
    if (disabled.length > 0) setSetting(db, "demoAccountsDisabledAtStart", [...new Set([...(getSetting(db, "demoAccountsDisabledAtStart") ?? []), ...disabled.map((row) => row.email)])]);
  });
}

function hasOwnAdmin(db: Db): boolean {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), notInArray(users.email, demoEmails)))
    .get() !== undefined;
}
