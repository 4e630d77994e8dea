import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { stopBatch } from "@/lib/reveals/stop-batch";

export const dynamic = "force-dynamic";

/** The SDR who made the batch, or any manager, stops what is not yet sent. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(await stopBatch(db, params.batchId ?? "", user)));
