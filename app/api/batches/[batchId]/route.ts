import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { getBatchView } from "@/lib/reveals/get-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const since = new URL(request.url).searchParams.get("since");
  const cursor = since !== null && /^\d{1,15}$/.test(since) ? Number(since) : undefined;
  return NextResponse.json(getBatchView(db, params.batchId ?? "", user, cursor));
});
