import { NextResponse } from "next/server";
import { withoutSession } from "@/lib/api/handler";
import { getEnv } from "@/lib/env";
import { receiveWebhook } from "@/lib/reveals/receive-webhook";

/** Clodura's webhooks carry no session: the unguessable per-reveal token in the URL is the credential. */
export const POST = withoutSession(async ({ request, db, params }) => {
  const receipt = await receiveWebhook(db, params.token ?? "", request, getEnv().cloduraApiKey ?? "");
  return NextResponse.json({ outcome: receipt.outcome, message: receipt.message }, { status: receipt.status });
});
