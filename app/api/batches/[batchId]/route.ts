import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { getBatchPage, getBatchView } from "@/lib/reveals/get-batch";
import { renameBatch, renameBatchSchema } from "@/lib/reveals/rename-batch";
import { batchViewQuerySchema, MAX_BATCH_PAGE } from "@/lib/reveals/schemas";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const query = batchViewQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (query.after !== undefined) {
    return NextResponse.json(getBatchPage(db, params.batchId ?? "", user, { after: query.after, limit: query.limit ?? MAX_BATCH_PAGE }));
  }
  return NextResponse.json(getBatchView(db, params.batchId ?? "", user, query));
});

export const PATCH = withUser("sdr", async ({ request, user, db, params }) => {
  const { name } = await parseJsonBody(request, renameBatchSchema, 2 * 1024);
  return NextResponse.json(renameBatch(db, params.batchId ?? "", user, name));
});
