import { csvDownload } from "@/lib/api/csv-download";
import { withUser } from "@/lib/api/handler";
import { parseExportTarget } from "@/lib/csv/export-target";
import { exportPeopleCsv } from "@/lib/reveals/export-people";
import { peopleQuerySchema, revealedByOf } from "@/lib/reveals/people-schemas";

export const dynamic = "force-dynamic";

/** The team's directory as CSV, as searched and filtered on the People page: managers only, as it is every number the team holds. */
export const GET = withUser("manager", async ({ request, user, db }) => {
  const { searchParams } = new URL(request.url);
  const target = parseExportTarget(searchParams.get("for"));
  const query = peopleQuerySchema
    .pick({ search: true, outcome: true, by: true })
    .parse({ search: searchParams.get("search") ?? undefined, outcome: searchParams.get("outcome") ?? undefined, by: searchParams.get("by") ?? undefined });
  const { fileName, body } = exportPeopleCsv(db, user, { search: query.search, outcome: query.outcome, revealedBy: revealedByOf(query.by, user.id) }, target);
  return csvDownload(fileName, body);
});
