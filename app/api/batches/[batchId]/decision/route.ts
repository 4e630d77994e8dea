import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { decisionSchema } from "@/lib/credits/schemas";
import { decideBatch } from "@/lib/reveals/decide-batch";

export const dynamic = "force-dynamic";

export const POST = withUser("manager", async ({ request, user, db, params }) => {
  const { decision, note } = await parseJsonBody(request, decisionSchema, 4 * 1024);
  return NextResponse.json(decideBatch(db, { batchId: params.batchId ?? "", actorId: user.id, decision, note: note ?? null }));
});
