import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { listPeople, parsePersonCursor } from "@/lib/reveals/list-people";
import { peopleQuerySchema, revealedByOf } from "@/lib/reveals/people-schemas";

export const dynamic = "force-dynamic";

/** The team's directory of revealed people, newest answer first, a page at a time: `next` is the `before` of the page after. */
export const GET = withUser("sdr", async ({ request, user, db }) => {
  const query = peopleQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const before = query.before === undefined ? undefined : parsePersonCursor(query.before);
  if (before === null) throw new AppError("bad_request", "That page of people does not exist: reload the list to start from the newest.");
  return NextResponse.json(listPeople(db, user, { limit: query.limit, before, search: query.search, outcome: query.outcome, revealedBy: revealedByOf(query.by, user.id) }));
});
