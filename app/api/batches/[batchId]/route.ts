import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { getBatchView } from "@/lib/reveals/get-batch";
import { batchViewQuerySchema } from "@/lib/reveals/schemas";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const query = batchViewQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(getBatchView(db, params.batchId ?? "", user, query));
});
