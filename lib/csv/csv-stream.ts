import { formatLine, type CsvCell } from "./export-csv";

/** The next rows of a streamed export, and whether more follow. */
export type CsvChunk = { rows: CsvCell[][]; more: boolean };

/**
 * A CSV file (UTF-8 with BOM, CRLF, formula-neutralised as in `toCsv`) written a chunk at a time as the reader pulls:
 * the server answers other requests between chunks, and memory stays flat however many rows there are.
 */
export function csvStream(header: string[], nextChunk: () => CsvChunk): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  let more = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const lines = started ? [] : [`\uFEFF${formatLine(header)}`];
      started = true;
      // A chunk may hold no rows (a filtered export's page with no match): a pull that enqueues nothing and does not
      // close is never called again, so keep reading until there is something to send or nothing left.
      while (more && lines.length === 0) {
        const chunk = nextChunk();
        for (const row of chunk.rows) lines.push(formatLine(row));
        more = chunk.more;
      }
      if (lines.length > 0) controller.enqueue(encoder.encode(`${lines.join("\r\n")}\r\n`));
      if (!more) controller.close();
    },
  });
}
