import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { resendUnfinished } from "@/lib/reveals/resend-unfinished";

export const dynamic = "force-dynamic";

/** The people whose reveals Clodura's credits cut short, as a new batch of the caller's. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(await resendUnfinished(db, params.batchId ?? "", user), { status: 201 }));
