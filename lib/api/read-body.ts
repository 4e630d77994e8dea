import { AppError } from "@/lib/errors";
import { nextTurn } from "./next-turn";

// A body already in memory arrives as a chain of reads that never leaves the microtask queue (~55 ms for 15 MB).
const CHUNKS_PER_TURN = 64;

/**
 * Refuses a body that is not of `type` (named `name` in the message). The JSON types are not ones a cross-site HTML
 * form can send without a CORS preflight.
 */
export function requireContentType(request: Request, type: string, name: string): void {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith(type)) {
    throw new AppError("bad_request", `Send the request as ${name} (Content-Type: ${type}).`);
  }
}

/**
 * Reads a request body as text, refusing anything over `limitBytes` without buffering it all. A compressed body
 * (Content-Encoding: gzip or deflate) is inflated as it arrives, and the limit counts the inflated bytes: a small body
 * that inflates to gigabytes is refused at the limit. `inflate: false` reads the bytes as they came, whatever the header.
 */
export async function readBodyText(request: Request, limitBytes: number, options: { inflate?: boolean } = {}): Promise<string> {
  return (await readBodyBytes(request, limitBytes, options)).toString("utf8");
}

/** As readBodyText, the bytes themselves (a body kept as it came may not be text). */
export async function readBodyBytes(request: Request, limitBytes: number, { inflate = true }: { inflate?: boolean } = {}): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return Buffer.alloc(0);
  const encoding = inflate ? contentEncoding(request) : "identity";
  const reader = (encoding === "identity" ? request.body : request.body.pipeThrough(countingUpTo(limitBytes)).pipeThrough(new DecompressionStream(encoding))).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      if (encoding !== "identity") throw new AppError("bad_request", `The request body is not valid ${encoding} data (Content-Encoding: ${encoding}).`);
      throw error;
    });
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
    if (chunks.length % CHUNKS_PER_TURN === 0) await nextTurn();
  }
  return Buffer.concat(chunks);
}

/**
 * Compressed bytes count too: thousands of empty gzip members inflate to nothing, and would otherwise be read, and
 * inflated, for as long as the sender cared to send them.
 */
function countingUpTo(limitBytes: number): TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>> {
  let size = 0;
  return new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > limitBytes) controller.error(tooLarge(limitBytes));
      else controller.enqueue(chunk);
    },
  });
}

const ENCODINGS = ["identity", "gzip", "deflate"] as const;

function contentEncoding(request: Request): (typeof ENCODINGS)[number] {
  const encoding = request.headers.get("content-encoding")?.trim().toLowerCase() || "identity";
  const known = ENCODINGS.find((name) => name === encoding);
  if (known) return known;
  throw new AppError("unsupported_media_type", `Send the request body uncompressed, gzip- or deflate-compressed, not "${encoding.slice(0, 40)}".`);
}

function tooLarge(limitBytes: number): AppError {
  const size = limitBytes >= 1024 * 1024 ? `${Math.round(limitBytes / (1024 * 1024))} MB` : `${Math.round(limitBytes / 1024)} KB`;
  return new AppError("payload_too_large", `The request body is larger than ${size}: send less at once.`);
}
