import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * Who may approve a list held over budget: a manager, though not their own list (a budget limits them too, so another
 * manager or an admin decides it); an admin, any list. Anyone who may decide can reject, their own list included.
 */
export function mayApprove(approver: { id: string; role: Role }, createdById: string): boolean {
  return approver.role === "admin" || (hasRole(approver.role, "manager") && approver.id !== createdById);
}

export const OWN_LIST_NOTE = "A list of your own over budget is approved by another manager or an admin.";

/** Who decides a list its sender holds over budget, as the sender reads it: "Waiting for <approver>'s approval". */
export function ownListApprover(senderRole: Role): { approval: string; approves: string } {
  if (senderRole === "admin") return { approval: "your approval", approves: "you approve it" };
  if (senderRole === "manager") return { approval: "another manager's or an admin's approval", approves: "another manager or an admin approves" };
  return { approval: "a manager's approval", approves: "a manager approves" };
}

/** What the Approvals page says once a list is decided. Approved while sending is paused, it waits with the rest. */
export function decisionMessage(list: { name: string; createdBy: string }, decision: "approve" | "reject" | "withdraw", sendingPaused: boolean): string {
  if (decision === "withdraw") return `Withdrew your ${list.name}: nothing was sent.`;
  if (decision === "reject") return `Rejected ${list.name} by ${list.createdBy}: nothing was sent.`;
  return `Approved ${list.name} by ${list.createdBy}: ${sendingPaused ? "it is sent once an admin resumes sending to Clodura, which is paused" : "it is being sent"}.`;
}
