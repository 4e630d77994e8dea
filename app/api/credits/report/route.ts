import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { readSpendQuery } from "@/lib/credits/schemas";
import { spendUserScope } from "@/lib/credits/scope";
import { teamDay } from "@/lib/credits/team-calendar";
import { getSpendReport } from "@/lib/credits/spend-report";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db }) => {
  const query = readSpendQuery(request.url, teamDay(db));
  return NextResponse.json(getSpendReport(db, { range: query.range, userId: spendUserScope(user, query.userId) }));
});
