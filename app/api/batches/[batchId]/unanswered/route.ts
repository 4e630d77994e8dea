import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { resendUnansweredElsewhere } from "@/lib/reveals/resend-unanswered";

export const dynamic = "force-dynamic";

/** The people a teammate sent again from this list that their list did not answer, as a new batch of the caller's. */
export const POST = withUser("sdr", async ({ user, db, params }) => NextResponse.json(await resendUnansweredElsewhere(db, params.batchId ?? "", user), { status: 201 }));
