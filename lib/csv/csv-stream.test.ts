import { describe, expect, it } from "vitest";
import { csvStream } from "./csv-stream";

describe("csvStream", () => {
  it("reads past chunks with no rows (a filtered page without a match) to the end, instead of stalling", async () => {
    const chunks = [[], [["a"]], [], [], [["b"]], []];
    let next = 0;
    const body = csvStream(["x"], () => ({ rows: chunks[next]!, more: ++next < chunks.length }));
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());
    expect(text).toBe("\uFEFFx\r\na\r\nb\r\n");
    expect(next).toBe(chunks.length);
  });
});
