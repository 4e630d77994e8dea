import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { listTeammates } from "@/lib/auth/list-teammates";

export const dynamic = "force-dynamic";

/** Who a manager can narrow People and Credits to: everyone with a seat, disabled ones included. */
export const GET = withUser("manager", async ({ db }) => NextResponse.json({ teammates: listTeammates(db) }));
