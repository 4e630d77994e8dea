import { csvDownload } from "@/lib/api/csv-download";
import { withUser } from "@/lib/api/handler";
import { parseExportTarget } from "@/lib/csv/export-target";
import { exportBatchCsv } from "@/lib/reveals/export-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const target = parseExportTarget(new URL(request.url).searchParams.get("for"));
  const { fileName, body } = exportBatchCsv(db, params.batchId ?? "", user, target);
  return csvDownload(fileName, body);
});
