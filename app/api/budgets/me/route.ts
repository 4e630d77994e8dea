import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { viewerBudgetStatus } from "@/lib/credits/budgets";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ user, db }) => NextResponse.json(viewerBudgetStatus(db, user)));
