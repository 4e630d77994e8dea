import { deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressedBody } from "./compress-body";
import { readBodyText } from "./read-body";

const post = (body: BodyInit, headers: Record<string, string>) => new Request("http://localhost/api/imports", { method: "POST", headers, body });
const bigText = (chars: number) => Array.from({ length: Math.ceil(chars / 40) }, (_, i) => `https://www.linkedin.com/in/p-${i}/`.padEnd(40)).join("").slice(0, chars);

describe("request bodies", () => {
  it("sends a big body gzip-compressed, and reads it back as written", async () => {
    const text = bigText(300_000);
    const { body, headers } = await compressedBody(text, "application/x-ndjson");
    expect(headers).toEqual({ "Content-Type": "application/x-ndjson", "Content-Encoding": "gzip" });
    const bytes = await new Response(body).arrayBuffer();
    expect(bytes.byteLength).toBeLessThan(text.length / 4);
    expect(await readBodyText(post(bytes, headers), 300_000)).toBe(text);
    expect(await readBodyText(post(deflateSync(text), { "Content-Encoding": "Deflate" }), 300_000)).toBe(text);
  });

  it("sends a small body as it is", async () => {
    expect(await compressedBody('{"keys":[]}', "application/json")).toEqual({ body: '{"keys":[]}', headers: { "Content-Type": "application/json" } });
    expect(await readBodyText(post("héllo", { "Content-Type": "text/plain" }), 100)).toBe("héllo");
  });

  it("counts the inflated bytes against the limit: a small body that inflates past it is refused", async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    await expect(readBodyText(post(bomb, { "Content-Encoding": "gzip" }), 1024 * 1024)).rejects.toMatchObject({ code: "payload_too_large", message: "The request body is larger than 1 MB: send less at once." });
  });

  it("refuses a body that is not the gzip it says, and an encoding it does not take", async () => {
    await expect(readBodyText(post("not gzip at all", { "Content-Encoding": "gzip" }), 1_000)).rejects.toMatchObject({ code: "bad_request", message: "The request body is not valid gzip data (Content-Encoding: gzip)." });
    const truncated = gzipSync("a".repeat(10_000)).subarray(0, 20);
    await expect(readBodyText(post(truncated, { "Content-Encoding": "gzip" }), 100_000)).rejects.toMatchObject({ code: "bad_request" });
    await expect(readBodyText(post("x", { "Content-Encoding": "br" }), 1_000)).rejects.toMatchObject({ code: "unsupported_media_type", message: 'Send the request body uncompressed, gzip- or deflate-compressed, not "br".' });
  });

  it("counts the compressed bytes too: empty gzip members that inflate to nothing cannot be sent for ever", async () => {
    const empty = gzipSync(Buffer.alloc(0));
    const members = Buffer.concat(Array.from({ length: Math.ceil((64 * 1024) / empty.byteLength) + 1 }, () => empty));
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < members.length; at += 4096) controller.enqueue(members.subarray(at, at + 4096));
        controller.close();
      },
    });
    const request = new Request("http://localhost/api/imports", { method: "POST", headers: { "Content-Encoding": "gzip" }, body: streamed, duplex: "half" } as RequestInit);
    await expect(readBodyText(request, 64 * 1024)).rejects.toMatchObject({ code: "payload_too_large", message: "The request body is larger than 64 KB: send less at once." });
    // The same members under the limit are read, as the nothing they inflate to.
    expect(await readBodyText(post(members.subarray(0, empty.byteLength * 100), { "Content-Encoding": "gzip" }), 64 * 1024)).toBe("");
  });
});
