import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "@/db";
import { getAuthOptions } from "./options";
import type { SessionUser } from "./roles";
import { sessionEnded } from "./ended-sessions";
import { activeUser } from "./team";

/**
 * The signed-in person as the team list has them now (role, name), or null once an admin has disabled them or reset
 * their password since this session began, or once this session was signed out of (any copy of its cookie).
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || (user.sessionId && sessionEnded(getDb(), user.sessionId))) return null;
  return activeUser(getDb(), user.id, user.sessionVersion ?? 0);
}
