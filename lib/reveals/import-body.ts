import { toNdjson } from "@/lib/api/ndjson";
import { AppError } from "@/lib/errors";
import type { ImportRowsRequest } from "./import-rows";

/** Rows per line of the upload's body: each line is parsed on its own, about 8 ms for 5,000 rows. */
export const ROWS_PER_LINE = 5_000;

/** What the upload page sends: its settings on the first line, then its rows, ROWS_PER_LINE to a line. */
export function importRequestBody({ rows, ...settings }: ImportRowsRequest): string {
  return toNdjson(settings, rows, ROWS_PER_LINE);
}

/** The parsed lines of that body as one request, for parseImportRequest to check. */
export function importRequestFromLines(lines: unknown[]): unknown {
  const [settings, ...chunks] = lines;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings) || "rows" in settings) {
    throw new AppError("bad_request", "The first line of the request body must be the upload's settings (fileName, name, viaPartners), without rows.");
  }
  const badLine = chunks.findIndex((chunk) => !Array.isArray(chunk));
  if (badLine !== -1) throw new AppError("bad_request", `Line ${badLine + 2} of the request body must be a JSON array of rows.`);
  return { ...settings, rows: (chunks as unknown[][]).flat() };
}
