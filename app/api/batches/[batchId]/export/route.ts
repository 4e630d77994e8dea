import { withUser } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { exportBatchCsv, exportTargets, type ExportTarget } from "@/lib/reveals/export-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ request, user, db, params }) => {
  const target = new URL(request.url).searchParams.get("for") ?? "spreadsheet";
  if (!exportTargets.includes(target as ExportTarget)) throw new AppError("bad_request", `Export "for" is spreadsheet or crm, not "${target.slice(0, 40)}".`);
  const { fileName, body } = exportBatchCsv(db, params.batchId ?? "", user, target as ExportTarget);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
