import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { retryFailed } from "@/lib/reveals/retry-failed";

export const dynamic = "force-dynamic";

/** The people whose reveals failed for now, as a new batch of the caller's. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(await retryFailed(db, params.batchId ?? "", user), { status: 201 }));
