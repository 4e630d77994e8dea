import "server-only";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./options";
import type { SessionUser } from "./roles";

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
