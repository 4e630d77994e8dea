import { NextResponse } from "next/server";
import { readJsonBody, withUser } from "@/lib/api/handler";
import { IMPORT_BODY_LIMIT, parseImportRequest, revealImportedRows } from "@/lib/reveals/import-rows";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  const input = await parseImportRequest(await readJsonBody(request, IMPORT_BODY_LIMIT));
  return NextResponse.json(await revealImportedRows(db, user, input), { status: 201 });
});
