import { hasRole, type Role } from "@/lib/auth/roles";

/** The subject of the team's monthly cap; every other subject is a user's id. */
export const TEAM = "team";

/**
 * Who may change a cap: an admin any; a manager another person's, not their own nor the team's, which limit their own
 * lists too (lifting one would undo the approval another manager or an admin must give).
 */
export function maySetBudget(setter: { id: string; role: Role }, subject: string): boolean {
  return setter.role === "admin" || (hasRole(setter.role, "manager") && subject !== setter.id && subject !== TEAM);
}

/** Why a manager cannot change `subject`'s cap, in their words. */
export function budgetNotYours(subject: string): string {
  return subject === TEAM ? "The team's cap is set by an admin." : "Your own caps are set by another manager or an admin.";
}

/**
 * Saved all the same (caps are set one at a time, and the other may be about to change), but said beside the daily
 * field: a daily cap above the monthly one never binds, and "left" follows the monthly cap.
 */
export function capOrderWarning(dailyCap: number | null, monthlyCap: number | null): string | null {
  if (dailyCap === null || monthlyCap === null || dailyCap <= monthlyCap) return null;
  const fmt = (value: number) => value.toLocaleString("en");
  return `Daily cap ${fmt(dailyCap)} is above the monthly cap ${fmt(monthlyCap)}: the monthly cap binds first.`;
}
