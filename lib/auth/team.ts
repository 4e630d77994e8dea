import { randomBytes } from "node:crypto";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/credits/audit";
import { AppError } from "@/lib/errors";
import { markListsStopping, stopListsOf } from "@/lib/reveals/stop-lists-of";
import { passwordProblem, type PasswordOwner } from "./password-policy";
import { hashPassword } from "./passwords";
import { demoAccounts } from "./demo-accounts";
import type { SessionUser } from "./roles";
import { roleNames, type AddMember, type ChangeMember, type MemberAnswer, type RefusedField, type TeamMember } from "./team-schema";

const asMember = (user: User): TeamMember => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  createdAt: user.createdAt.getTime(),
  lastSignedInAt: user.lastSignedInAt?.getTime() ?? null,
  disabled: user.disabledAt !== null,
  demo: demoAccounts.some((account) => account.email === user.email),
});

/** 18 random bytes: 24 characters a person can read out or paste, from an alphabet without look-alikes. */
export function temporaryPassword(): string {
  return randomBytes(18)
    .toString("base64url")
    .replace(/[-_lIO0]/g, (char) => ({ "-": "x", _: "y", l: "L", I: "i", O: "o", 0: "9" })[char] ?? char);
}

/**
 * Drawn again in the rare case it holds a 4-letter piece of the person's name or email (a few draws in 100,000): a
 * password the server makes passes the policy a chosen one must.
 */
export function temporaryPasswordFor(owner: PasswordOwner, draw = temporaryPassword): string {
  for (;;) {
    const password = draw();
    if (!passwordProblem(password, owner)) return password;
  }
}

export function listTeam(db: Db): TeamMember[] {
  return db.select().from(users).orderBy(sql`${users.disabledAt} is not null`, asc(users.name)).all().map(asMember);
}

/**
 * The person behind a session, as the database has them now: a role change, a disabled account or a password reset
 * (which raises the version every session carries from sign-in) applies at once.
 */
export function activeUser(db: Db, userId: string, sessionVersion: number): SessionUser | null {
  const user = db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt), eq(users.sessionVersion, sessionVersion)))
    .get();
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role, temporaryPassword: user.temporaryPassword } : null;
}

export async function addMember(db: Db, actor: SessionUser, input: AddMember, now = new Date()): Promise<MemberAnswer> {
  const password = temporaryPasswordFor(input);
  const passwordHash = await hashPassword(password);
  const member = db.transaction(
    () => {
      const taken = db.select({ name: users.name }).from(users).where(eq(users.email, input.email)).get();
      if (taken) throw new AppError("conflict", `${input.email} already belongs to ${taken.name}.`, { field: "email" } satisfies RefusedField);
      refuseTakenName(db, input.name);
      const user = db.insert(users).values({ name: input.name, email: input.email, role: input.role, passwordHash, temporaryPassword: true, createdAt: now }).returning().get();
      audit(db, actor, "user.added", user, `Added ${user.name} (${user.email}) as ${roleNames[user.role]}`, { role: user.role }, now);
      return asMember(user);
    },
    { behavior: "immediate" },
  );
  return { member, temporaryPassword: password };
}

export async function changeMember(db: Db, actor: SessionUser, memberId: string, change: ChangeMember, now = new Date()): Promise<MemberAnswer> {
  const owner = change.resetPassword ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, memberId)).get() : undefined;
  const newPassword = owner ? temporaryPasswordFor(owner) : null;
  const passwordHash = newPassword ? await hashPassword(newPassword) : null;
  const disabledNow: { user?: User } = {};
  const answer = db.transaction(
    () => {
      const user = db.select().from(users).where(eq(users.id, memberId)).get();
      if (!user) throw new AppError("not_found", "This person is not on the team.");
      if (passwordHash) {
        if (user.id === actor.id) throw new AppError("conflict", "Change your own password on Your account (your name at the top of the page): a reset here would sign you out before you could read the new one.");
        db.update(users)
          .set({ passwordHash, temporaryPassword: true, sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(eq(users.id, user.id))
          .run();
        audit(db, actor, "user.changed", user, `Reset the password of ${user.name}: signed out everywhere`, { passwordReset: true }, now);
      } else if (change.role) {
        if (change.role === user.role) return { member: asMember(user), temporaryPassword: null };
        if (user.role === "admin") keepAnotherAdmin(db, actor, user, "change your own role");
        db.update(users).set({ role: change.role }).where(eq(users.id, user.id)).run();
        audit(db, actor, "user.changed", user, `${user.name}: role ${roleNames[user.role]} → ${roleNames[change.role]}`, { before: user.role, after: change.role }, now);
      } else if (change.name !== undefined || change.email !== undefined) {
        const details = { name: change.name ?? user.name, email: change.email ?? user.email };
        const changes = [user.name !== details.name ? `name ${user.name} → ${details.name}` : null, user.email !== details.email ? `email ${user.email} → ${details.email}` : null].filter(Boolean);
        if (changes.length === 0) return { member: asMember(user), temporaryPassword: null };
        const taken = db.select({ name: users.name }).from(users).where(and(eq(users.email, details.email), ne(users.id, user.id))).get();
        if (taken) throw new AppError("conflict", `${details.email} already belongs to ${taken.name}.`, { field: "email" } satisfies RefusedField);
        if (user.name !== details.name) refuseTakenName(db, details.name, user.id);
        db.update(users).set(details).where(eq(users.id, user.id)).run();
        audit(db, actor, "user.changed", user, `${user.name}: ${changes.join(", ")}`, { before: { name: user.name, email: user.email }, after: details }, now);
      } else if (change.disabled !== undefined) {
        if (change.disabled === (user.disabledAt !== null)) return { member: asMember(user), temporaryPassword: null };
        if (change.disabled && user.role === "admin") keepAnotherAdmin(db, actor, user, "disable your own account");
        // Disabling ends every session for good: enabling the account later must not bring a lost laptop's cookie back.
        db.update(users)
          .set({ disabledAt: change.disabled ? now : null, sessionVersion: change.disabled ? sql`${users.sessionVersion} + 1` : user.sessionVersion })
          .where(eq(users.id, user.id))
          .run();
        const summary = change.disabled ? `Disabled ${user.name}: can no longer sign in` : `Enabled ${user.name} again`;
        audit(db, actor, "user.changed", user, summary, { disabled: change.disabled }, now);
        if (change.disabled) {
          disabledNow.user = user;
          markListsStopping(db, actor.id, user.id, now.getTime());
        }
      }
      const updated = db.select().from(users).where(eq(users.id, user.id)).get()!;
      return { member: asMember(updated), temporaryPassword: newPassword };
    },
    { behavior: "immediate" },
  );
  // Someone who left spends nothing more in their own name: what they had still to send is stopped.
  if (disabledNow.user) await stopListsOf(db, actor, disabledNow.user.id, disabledNow.user.name, now.getTime());
  return answer;
}

/**
 * Two people of one name could not be told apart on Budgets, in pickers or in the history. Compared in JS, not SQL:
 * SQLite's lower() folds ASCII only, and a team is a few hundred rows at most.
 */
function refuseTakenName(db: Db, name: string, exceptId?: string): void {
  const key = nameKey(name);
  const holder = db.select({ id: users.id, name: users.name, email: users.email }).from(users).all().find((user) => user.id !== exceptId && nameKey(user.name) === key);
  if (holder) throw new AppError("conflict", `${holder.name} is already the name of ${holder.email}. Add a middle initial or a team to tell them apart.`, { field: "name" } satisfies RefusedField);
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase();

/** Nobody removes their own admin rights, and the team always keeps one active admin to connect Clodura and add people. */
function keepAnotherAdmin(db: Db, actor: SessionUser, user: User, what: string): void {
  if (user.id === actor.id) throw new AppError("conflict", `You cannot ${what}: ask another admin.`);
  const others = db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, user.id)))
    .get()?.n;
  if (!others) throw new AppError("conflict", `${user.name} is the last active admin: make someone else an admin first.`);
}

function audit(db: Db, actor: SessionUser, action: "user.added" | "user.changed", user: User, summary: string, detail: Record<string, unknown>, at: Date): void {
  recordAudit(db, { actorId: actor.id, action, subject: user.id, summary, detail: { userId: user.id, ...detail }, at });
}
