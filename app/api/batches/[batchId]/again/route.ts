import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { sendFailedAndUnfinishedAgain } from "@/lib/reveals/send-again";

export const dynamic = "force-dynamic";

/** The people whose reveals failed for now and those Clodura's credits cut short, as one new batch of the caller's. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(await sendFailedAndUnfinishedAgain(db, params.batchId ?? "", user), { status: 201 }));
