/** A CSV file the browser saves under `fileName` (ASCII only: it goes into a header) and never caches. */
export function csvDownload(fileName: string, body: ReadableStream<Uint8Array> | string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
