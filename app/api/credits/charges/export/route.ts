import { csvDownload } from "@/lib/api/csv-download";
import { withUser } from "@/lib/api/handler";
import { chargesCsvFileName, streamChargesCsv } from "@/lib/credits/export-charges";
import { readSpendQuery } from "@/lib/credits/schemas";
import { spendUserScope } from "@/lib/credits/scope";
import { teamDay } from "@/lib/credits/team-calendar";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db }) => {
  const { cursor: _cursor, ...query } = readSpendQuery(request.url, teamDay(db));
  const filter = { ...query, userId: spendUserScope(user, query.userId) };
  return csvDownload(chargesCsvFileName(db, filter), streamChargesCsv(db, filter));
});
