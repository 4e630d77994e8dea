import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { demoAccounts } from "./demo-accounts";
import { hashPassword } from "./passwords";

type SeedInput = { sandboxMode: boolean; initialAdmin: { email: string; password: string } | null };

/** On start: the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when nobody exists; demo accounts in sandbox mode. */
export async function seedUsers(db: Db, input: SeedInput): Promise<void> {
  const existing = db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (existing === 0 && input.initialAdmin) {
    const email = input.initialAdmin.email.toLowerCase();
    db.insert(users)
      .values({ email, name: "Administrator", role: "admin", passwordHash: await hashPassword(input.initialAdmin.password) })
      .onConflictDoNothing()
      .run();
  }
  if (!input.sandboxMode) return;
  for (const account of demoAccounts) {
    const found = db.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get();
    if (found) continue;
    db.insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) })
      .onConflictDoNothing()
      .run();
  }
}
