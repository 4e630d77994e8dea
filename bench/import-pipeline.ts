import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { openDatabase } from "../db/client";
import { compressedBody } from "../lib/api/compress-body";
import { NDJSON } from "../lib/api/ndjson";
import { readNdjsonBody } from "../lib/api/read-ndjson";
import { startBackgroundCheckpoints } from "../db/background-checkpoints";
import { users } from "../db/schema";
import { detectColumns } from "../lib/csv/detect-columns";
import { guessedColumns } from "../lib/csv/mapped-columns";
import { parseCsvText, SAMPLE_ROWS } from "../lib/csv/parse-csv";
import { validateCsvRows } from "../lib/csv/validate-rows";
import { releasesSettled } from "../lib/reveals/big-batch-lifecycle";
import { createAnyBatch } from "../lib/reveals/create-big-batch";
import { importRequestBody, importRequestFromLines } from "../lib/reveals/import-body";
import { IMPORT_BODY_LIMIT, IMPORT_BODY_VALUES, parseImportRequest, prepareImportedRows } from "../lib/reveals/import-rows";
import { generateApolloExport } from "./generate-export";

export type PipelineTimes = {
  parse: number;
  detectAndValidate: number;
  transfer: number;
  revalidate: number;
  persist: number;
  release: number;
  checkpoint: number;
  total: number;
  people: number;
  /** The request body as JSON, and as it goes over the network (gzip). */
  bodyBytes: number;
  wireBytes: number;
};

/** Papa Parse alone on the same text: the baseline the CSV issue names. */
export function bareParse(text: string): void {
  Papa.parse<string[]>(text, { skipEmptyLines: true });
}

/** What an upload costs end to end: browser parse, mapping and validation, the request body both ways, server re-validation and the write (the same steps revealImportedRows runs). */
export async function runImportPipeline(text: string): Promise<PipelineTimes> {
  const dir = mkdtempSync(path.join(tmpdir(), "reveal-bench-"));
  try {
    const db = openDatabase(path.join(dir, "bench.db"));
    // As the app's connection (getDb): the WAL is copied into the database file by a worker thread.
    const checkpoints = startBackgroundCheckpoints(db);
    const user = db.insert(users).values({ email: "bench@example.com", name: "Bench", passwordHash: "x", role: "sdr" }).returning().get();
    const t0 = performance.now();
    // As the upload's worker does: rows keep the columns guessed from the first rows.
    const parsed = parseCsvText(text, { keepColumns: guessedColumns });
    const t1 = performance.now();
    const mapping = detectColumns(parsed.headers, parsed.rows.slice(0, SAMPLE_ROWS));
    const validated = validateCsvRows(parsed, mapping);
    const t2 = performance.now();
    // What the upload page sends: the validated rows, 5,000 to a line, gzip-compressed (the server inflates, normalises and checks them again).
    const json = importRequestBody({
      fileName: "bench.csv",
      viaPartners: true,
      rows: validated
        .filter((row) => row.status === "ok")
        .map((row) => ({ row: row.row, linkedinUrl: row.linkedinUrl ?? null, personId: row.personId ?? null, firstName: row.firstName ?? null, lastName: row.lastName ?? null, company: row.company ?? null })),
    });
    const body = await compressedBody(json, NDJSON);
    const wire = await new Response(body.body).arrayBuffer();
    const request = new Request("http://localhost/api/imports", { method: "POST", headers: body.headers, body: wire });
    const input = await parseImportRequest(importRequestFromLines(await readNdjsonBody(request, IMPORT_BODY_LIMIT, IMPORT_BODY_VALUES)));
    const t3 = performance.now();
    const prepared = await prepareImportedRows(input);
    const t4 = performance.now();
    const created = await createAnyBatch(db, { requestedBy: user.id, source: "csv", viaPartners: input.viaPartners, fileName: input.fileName ?? null, entries: prepared.entries });
    const t5 = performance.now();
    // What runs after the response is on its way: making the new reveals due, then copying the WAL back (in the worker).
    await releasesSettled();
    const t6 = performance.now();
    await checkpoints.checkpointNow();
    const t7 = performance.now();
    await checkpoints.stop();
    db.$client.close();
    return { parse: t1 - t0, detectAndValidate: t2 - t1, transfer: t3 - t2, revalidate: t4 - t3, persist: t5 - t4, release: t6 - t5, checkpoint: t7 - t6, total: t5 - t0, people: created.total, bodyBytes: Buffer.byteLength(json), wireBytes: wire.byteLength };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { generateApolloExport };
