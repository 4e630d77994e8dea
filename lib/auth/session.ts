import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "@/db";
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
