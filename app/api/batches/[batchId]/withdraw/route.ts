import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { withdrawBatch } from "@/lib/reveals/withdraw-batch";

export const dynamic = "force-dynamic";

/** The owner takes back a list held over budget before a manager decides: nothing in it is sent or charged. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(withdrawBatch(db, params.batchId ?? "", user)));
