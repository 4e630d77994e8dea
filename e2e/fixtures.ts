import { demoAccounts } from "../lib/auth/demo-accounts";
import type { Role } from "../lib/auth/roles";

export function demoUser(role: Role) {
  const account = demoAccounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}
