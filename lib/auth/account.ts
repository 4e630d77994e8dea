import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ChangePassword } from "./account-schema";
import { passwordProblem } from "./password-policy";
import { hashPassword, verifyPassword } from "./passwords";
import type { SessionUser } from "./roles";
import { clearSignInAttempts, takeSignInAttempt } from "./sign-in-throttle";

/**
 * A person replaces their own password, proving the current one; wrong guesses count like wrong sign-ins. Every
 * session of theirs ends (someone who learnt the old password loses access at once); the browser that made the
 * change signs itself in again with the new one.
 */
export async function changeOwnPassword(db: Db, user: SessionUser, input: ChangePassword): Promise<void> {
  const weak = passwordProblem(input.next, user);
  if (weak) throw new AppError("unprocessable", weak);
  // Counted apart from sign-in: strangers guessing at the sign-in form must not stop the owner changing it.
  const tries = passwordChangeTries(user);
  if (!takeSignInAttempt(tries)) throw new AppError("conflict", "Too many wrong passwords. Wait a minute, then try again.");
  const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(input.current, row.hash))) throw new AppError("unprocessable", "Your current password is not right.");
  clearSignInAttempts(tries);
  db.update(users).set({ passwordHash: await hashPassword(input.next), temporaryPassword: false, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id)).run();
}

/** The throttle's key for a signed-in person's tries at their current password. */
export function passwordChangeTries(user: SessionUser): string {
  return `${user.email} changing their password`;
}
