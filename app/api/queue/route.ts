import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { getQueueStatus } from "@/lib/reveals/queue-status";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ db }) => NextResponse.json(getQueueStatus(db)));
