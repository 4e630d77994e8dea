import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { isAuditCursor, listAudit } from "@/lib/credits/audit";
import { hasRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * Budget changes, approvals and settings changes (for an admin, changes to the team too), newest first, a page at a
 * time (`?before=` the previous page's `next`).
 */
export const GET = withUser("manager", async ({ request, db, user }) => {
  const before = new URL(request.url).searchParams.get("before") ?? undefined;
  if (before !== undefined && !isAuditCursor(before)) throw new AppError("bad_request", "That history page does not exist: reload the page to start from the newest change.");
  return NextResponse.json(listAudit(db, { before, teamChanges: hasRole(user.role, "admin") }));
});
