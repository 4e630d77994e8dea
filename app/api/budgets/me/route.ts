import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { budgetStatus } from "@/lib/credits/budgets";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ user, db }) => NextResponse.json(budgetStatus(db, user.id)));
