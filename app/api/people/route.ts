import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { hasRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { listPeople, parsePersonCursor } from "@/lib/reveals/list-people";
import { peopleQuerySchema, revealedByOf } from "@/lib/reveals/people-schemas";

export const dynamic = "force-dynamic";

/** The team's directory of revealed people, newest answer first, a page at a time: `next` is the `before` of the page after. */
export const GET = withUser("sdr", async ({ request, user, db }) => {
  const query = peopleQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const before = query.before === undefined ? undefined : parsePersonCursor(query.before);
  if (before === null) throw new AppError("bad_request", "That page of people does not exist: reload the list to start from the newest.");
  const revealedBy = revealedByOf(query.by, user.id);
  if (revealedBy && revealedBy !== user.id && !hasRole(user.role, "manager")) throw new AppError("forbidden", "Only a manager or an admin can list the people another SDR revealed; use by=me for yours.");
  return NextResponse.json(listPeople(db, user, { limit: query.limit, before, search: query.search, outcome: query.outcome, revealedBy }));
});
