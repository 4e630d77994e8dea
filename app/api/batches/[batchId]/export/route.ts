import { csvDownload } from "@/lib/api/csv-download";
import { withUser } from "@/lib/api/handler";
import { parseExportTarget } from "@/lib/csv/export-target";
import { parseBatchFilter } from "@/lib/reveals/batch-filter";
import { exportBatchCsv } from "@/lib/reveals/export-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const query = new URL(request.url).searchParams;
  const { fileName, body } = exportBatchCsv(db, params.batchId ?? "", user, parseExportTarget(query.get("for")), parseBatchFilter(query));
  return csvDownload(fileName, body);
});
