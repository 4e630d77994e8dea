import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * Who may approve a list held over budget: a manager, though not their own list (a budget limits them too, so another
 * manager or an admin decides it); an admin, any list. Anyone who may decide can reject, their own list included.
 */
export function mayApprove(approver: { id: string; role: Role }, createdById: string): boolean {
  return approver.role === "admin" || (hasRole(approver.role, "manager") && approver.id !== createdById);
}

export const OWN_LIST_NOTE = "A list of your own over budget is approved by another manager or an admin.";
