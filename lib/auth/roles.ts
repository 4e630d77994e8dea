import type { Role } from "@/db/schema/users";

export type { Role };

const rank: Record<Role, number> = { sdr: 0, manager: 1, admin: 2 };

/** Roles are ordered: a manager can do what an SDR can, an admin what a manager can. */
export function hasRole(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

export type SessionUser = { id: string; email: string; name: string; role: Role; temporaryPassword?: boolean };
