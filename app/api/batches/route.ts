import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { listBatches } from "@/lib/reveals/list-batches";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ user, db }) => NextResponse.json(listBatches(db, user)));
