import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { getBatchView } from "@/lib/reveals/get-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ user, db, params }) => NextResponse.json(getBatchView(db, params.batchId ?? "", user)));
