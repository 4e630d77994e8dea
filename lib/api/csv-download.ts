/**
 * A CSV file the browser saves under `fileName` and never caches. The name goes into a header, and may carry an id from
 * the query string: anything but ASCII letters, digits, "." "_" "-" becomes "-", and it always ends in ".csv".
 */
export function csvDownload(fileName: string, body: ReadableStream<Uint8Array> | string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeFileName(fileName)}"`,
      "Cache-Control": "no-store",
    },
  });
}

export function safeFileName(fileName: string): string {
  const stem = fileName.replace(/\.csv$/i, "").replace(/[^A-Za-z0-9._-]/g, "-").replace(/\.+/g, ".") || "export";
  return `${stem}.csv`;
}
