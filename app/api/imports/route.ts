import { NextResponse } from "next/server";
import { parseJsonBody, withUser } from "@/lib/api/handler";
import { IMPORT_BODY_LIMIT, importRowsRequestSchema, revealImportedRows } from "@/lib/reveals/import-rows";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  const input = await parseJsonBody(request, importRowsRequestSchema, IMPORT_BODY_LIMIT);
  return NextResponse.json(await revealImportedRows(db, user, input), { status: 201 });
});
