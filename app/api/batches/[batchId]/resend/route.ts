import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { resendCancelled } from "@/lib/reveals/resend-cancelled";

export const dynamic = "force-dynamic";

/** The people a stop cancelled, or a rejected list held, as a new batch of the caller's. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(await resendCancelled(db, params.batchId ?? "", user), { status: 201 }));
