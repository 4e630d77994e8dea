import { ROWS_PER_MESSAGE, type ColumnMapping, type ParsedCsv } from "@/lib/csv/types";
import { validateCsvRows } from "@/lib/csv/validate-rows";
import type { ValidateRequest, ValidateResponse } from "./validate-protocol";

// Validating 100,000 rows takes over a second (every cell is parsed as a URL): it runs here, off the main thread.
// The file arrives once, in slices; each mapping change sends only the mapping.
let parsed: ParsedCsv | null = null;
let loaded = false;
let waiting: Extract<ValidateRequest, { type: "validate" }> | null = null;

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const request = event.data;
  if (request.type === "load") {
    parsed = request.parsed;
    loaded = false;
  } else if (request.type === "load-rows") {
    parsed?.rows.push(...request.rows);
  } else if (request.type === "load-end") {
    loaded = true;
    if (waiting) validate(waiting);
    waiting = null;
  } else if (loaded) {
    validate(request);
  } else {
    waiting = request;
  }
};

function validate({ id, mapping }: { id: number; mapping: ColumnMapping }) {
  const reply = (message: ValidateResponse) => self.postMessage(message);
  if (!parsed) return reply({ type: "error", id, message: "The file is no longer loaded: choose it again." });
  try {
    const rows = validateCsvRows(parsed, mapping);
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) reply({ type: "rows", id, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
    reply({ type: "validated", id });
  } catch {
    reply({ type: "error", id, message: "The rows could not be checked: reload the page and upload the file again." });
  }
}
