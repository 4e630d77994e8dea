import { withUser } from "@/lib/api/handler";
import { batchStreamAccess } from "@/lib/events/batch-stream-access";
import { streamBatchEvents } from "@/lib/events/stream-batch-events";
import { assertCanSeeBatch } from "@/lib/reveals/get-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const batchId = params.batchId ?? "";
  assertCanSeeBatch(db, batchId, user);
  return streamBatchEvents(batchId, request.signal, { stillAllowed: batchStreamAccess(db, batchId, user) });
});
