import { AppError } from "@/lib/errors";
import { detectColumns } from "./detect-columns";
import { guessedColumns, holdsMappedColumns, mappedColumns } from "./mapped-columns";
import { parseCsvText, SAMPLE_ROWS } from "./parse-csv";
import { assertCsvFileSize, decodeCsvBytes, MAX_CSV_ROWS, tooManyRows } from "./read-csv-file";
import { ROWS_PER_MESSAGE, type ColumnMapping, type CsvFileFacts, type CsvWorkerMessage, type CsvWorkerRequest, type ParsedCsv } from "./types";
import { throttleProgress } from "./throttle-progress";
import { validateCsvRows } from "./validate-rows";

type Post = (message: CsvWorkerMessage) => void;
/** The file's text (to read other columns when the mapping changes) and its rows as last parsed. */
type LoadedCsv = { text: string; parsed: ParsedCsv };

/**
 * The CSV worker's whole job, kept out of csv-worker.ts so it runs (and is tested) anywhere. The parsed rows stay
 * here: the page gets the file's facts and a few sample rows, then only the validated rows it asks for, so a
 * 100,000-row file is never copied to the page and back. Rows keep only the columns the mapping reads (a full
 * 50-column export would hold a gigabyte of cells); a mapping that reads another column parses the text again.
 */
export function createCsvJob(post: Post, now: () => number = () => performance.now()): (request: CsvWorkerRequest) => Promise<void> {
  let loaded: LoadedCsv | null = null;
  const throttled = (report: (fraction: number) => void) => throttleProgress(report, now);
  return async (request) => {
    if (request.type === "validate") {
      const onRereading = throttled((fraction) => post({ type: "rereading", id: request.id, fraction }));
      return validate(loaded, request.id, request.mapping, post, onRereading);
    }
    loaded = await parse(request, post, throttled((fraction) => post({ type: "progress", fraction })));
  };
}

async function parse(request: Extract<CsvWorkerRequest, { type: "parse" }>, post: Post, onProgress: (fraction: number) => void): Promise<LoadedCsv | null> {
  try {
    const text = "text" in request ? request.text : await readFile(request.file);
    const parsed = parseCsvText(text, { onProgress, keepColumns: guessedColumns, maxRows: { rows: MAX_CSV_ROWS, tooMany: tooManyRows } });
    assertHasRows(parsed);
    post({ type: "parsed", facts: factsOf(parsed) });
    return { text, parsed };
  } catch (error) {
    const message = error instanceof AppError ? error.message : "The file could not be read (it may have been moved or changed since you chose it): choose it again.";
    post({ type: "error", message });
    return null;
  }
}

function validate(loaded: LoadedCsv | null, id: number, mapping: ColumnMapping, post: Post, onRereading: (fraction: number) => void): void {
  if (!loaded) return post({ type: "validate-error", id, message: "The file is no longer loaded: choose it again." });
  try {
    if (!holdsMappedColumns(loaded.parsed, mapping)) {
      const keep = [...(loaded.parsed.keptColumns ?? []), ...mappedColumns(mapping)];
      loaded.parsed = parseCsvText(loaded.text, { keepColumns: () => keep, onProgress: onRereading });
    }
    const rows = validateCsvRows(loaded.parsed, mapping);
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) post({ type: "rows", id, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
    post({ type: "validated", id });
  } catch {
    post({ type: "validate-error", id, message: "The rows could not be checked: reload the page and upload the file again." });
  }
}

function factsOf({ rows, rowNumbers: _numbers, keptColumns: _kept, headerCells: _cells, separatorLine: _separator, ...rest }: ParsedCsv): CsvFileFacts {
  const sampleRows = rows.slice(0, SAMPLE_ROWS);
  return { ...rest, rowCount: rows.length, sampleRows, detected: detectColumns(rest.headers, sampleRows) };
}

async function readFile(file: File): Promise<string> {
  assertCsvFileSize(file.size);
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}

function assertHasRows(result: ParsedCsv): void {
  if (result.headers.length === 0) {
    throw new AppError("unprocessable", "The file has no rows: check that you exported the right list, then upload it again.");
  }
  if (result.rows.length === 0) {
    throw new AppError("unprocessable", "The file has a header row but no people under it: check that you exported the right list, then upload it again.");
  }
}
