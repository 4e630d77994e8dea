import { withUser } from "@/lib/api/handler";
import { exportBatchCsv } from "@/lib/reveals/export-batch";

export const dynamic = "force-dynamic";

export const GET = withUser("sdr", async ({ user, db, params }) => {
  const { fileName, body } = exportBatchCsv(db, params.batchId ?? "", user);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
