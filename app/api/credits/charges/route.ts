import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { nameChargesSubjects } from "@/lib/credits/charges-subjects";
import { listCharges } from "@/lib/credits/list-charges";
import { readSpendQuery } from "@/lib/credits/schemas";
import { spendUserScope } from "@/lib/credits/scope";
import { teamDay } from "@/lib/credits/team-calendar";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db }) => {
  const { cursor, ...query } = readSpendQuery(request.url, teamDay(db));
  const userId = spendUserScope(user, query.userId);
  return NextResponse.json({ ...listCharges(db, { ...query, userId }, cursor), subjects: nameChargesSubjects(db, user, { userId, batchId: query.batchId }) });
});
