import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/handler";
import { readNdjsonBody } from "@/lib/api/read-ndjson";
import { importRequestFromLines } from "@/lib/reveals/import-body";
import { IMPORT_BODY_LIMIT, IMPORT_BODY_VALUES, parseImportRequest, revealImportedRows } from "@/lib/reveals/import-rows";

export const POST = withUser("sdr", async ({ request, user, db }) => {
  const input = await parseImportRequest(importRequestFromLines(await readNdjsonBody(request, IMPORT_BODY_LIMIT, IMPORT_BODY_VALUES)));
  return NextResponse.json(await revealImportedRows(db, user, input), { status: 201 });
});
