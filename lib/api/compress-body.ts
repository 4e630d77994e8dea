/** Smaller bodies go as they are: compressing them would save less time than it takes. */
const COMPRESS_FROM_CHARS = 64 * 1024;

/**
 * `text` as a request body of `contentType`, gzip-compressed when it is big enough to be worth it (readBodyText
 * inflates it). A 100,000-row upload is about 15 MB of JSON; over an office uplink its size, not the server, set the wait.
 */
export async function compressedBody(text: string, contentType: string): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  if (text.length < COMPRESS_FROM_CHARS || typeof CompressionStream === "undefined") return { body: text, headers: { "Content-Type": contentType } };
  const gzipped = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return { body: await new Response(gzipped).blob(), headers: { "Content-Type": contentType, "Content-Encoding": "gzip" } };
}
