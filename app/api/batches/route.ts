import { NextResponse } from "next/server";
import { z } from "zod";
import { withUser } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { batchCursorOf, listBatches, parseBatchCursor } from "@/lib/reveals/list-batches";
import { teamQueue } from "@/lib/reveals/team-queue";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100, "Ask for at most 100 batches at a time.").default(50),
  before: z.string().max(100).optional(),
  search: z.string().max(200, "Search with at most 200 characters.").optional(),
  mine: z.enum(["0", "1"], "mine is 0 or 1.").optional(),
});

/**
 * Batches newest first, a page at a time (optionally only those matching `search`): `next` is the `before` of the page
 * after this one, or null; `queue`, with the first page, what the team has waiting to be sent (for a manager).
 */
export const GET = withUser("sdr", async ({ request, user, db }) => {
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const before = query.before === undefined ? undefined : parseBatchCursor(query.before);
  if (before === null) throw new AppError("bad_request", "That page of batches does not exist: reload the list to start from the newest.");
  const page = listBatches(db, user, { limit: query.limit, before, search: query.search, onlyMine: query.mine === "1" });
  // With the first page only: the later ones are older lists, read while the first is still on screen.
  const queue = before === undefined ? teamQueue(db, user, Date.now()) : null;
  return NextResponse.json({ batches: page, next: page.length === query.limit ? batchCursorOf(page.at(-1)!) : null, queue });
});
