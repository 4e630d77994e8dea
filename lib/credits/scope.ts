import { hasRole, type SessionUser } from "@/lib/auth/roles";

/** SDRs see their own spend only, whatever they ask for; managers and admins the team's, or one person's. */
export function spendUserScope(viewer: SessionUser, requested: string | null): string | null {
  return hasRole(viewer.role, "manager") ? requested : viewer.id;
}
