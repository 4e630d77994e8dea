import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { getAuthOptions } from "./options";
import type { SessionUser } from "./roles";
import { sessionLive } from "./ended-sessions";
import { activeUser } from "./team";

/**
 * The signed-in person as the team list has them now (role, name), or null once an admin has disabled them or reset
 * their password since this session began, once this session was signed out of (any copy of its cookie), or 12 hours
 * after its sign-in.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || !sessionLive(getDb(), user)) return null;
  return activeUser(getDb(), user.id, user.sessionVersion ?? 0);
}

/**
 * Where a browser whose session no longer counts goes to sign in: told why when an admin disabled the account, so a
 * rep cut off mid-day does not just find the sign-in page.
 */
export async function signInPath(): Promise<string> {
  const id = (await getServerSession(getAuthOptions()))?.user?.id;
  const disabled = id ? getDb().select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, id)).get()?.disabledAt : null;
  return disabled ? "/login?ended=disabled" : "/login";
}
