import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sandboxRequests } from "@/db/schema";
import { rejectMissingApiKey, respondCloduraError, respondJson } from "./respond";

/** GET /api/v1/search/people/track/{trackingId}: "processing" until completeAt, then the payload inside an envelope. */
export function handleSandboxTrack(db: Db, trackingId: string, request: Request, now: number = Date.now()): Response {
  const unauthorized = rejectMissingApiKey(request);
  if (unauthorized) return unauthorized;
  const row = db
    .select({ payload: sandboxRequests.payload, completeAt: sandboxRequests.completeAt })
    .from(sandboxRequests)
    .where(eq(sandboxRequests.trackingId, trackingId))
    .get();
  if (!row) return respondCloduraError(404, "No request found for this trackingId");
  if (row.completeAt.getTime() > now) return respondJson(200, { trackingId, status: "processing" });
  return respondJson(200, { trackingId, status: "completed", data: row.payload });
}
