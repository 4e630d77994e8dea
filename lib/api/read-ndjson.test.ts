import { describe, expect, it } from "vitest";
import { toNdjson } from "./ndjson";
import { parseNdjson, readNdjsonBody } from "./read-ndjson";

const limits = { valuesPerLine: 1_000, values: 10_000 };
const post = (body: string, contentType: string) => new Request("http://localhost/api/imports", { method: "POST", headers: { "Content-Type": contentType }, body });

describe("newline-delimited JSON bodies", () => {
  it("reads one value per line, skipping blank lines, back to what was written", async () => {
    const body = toNdjson({ fileName: "a.csv" }, [1, 2, 3, 4, 5], 2);
    expect(body).toBe('{"fileName":"a.csv"}\n[1,2]\n[3,4]\n[5]\n');
    expect(await readNdjsonBody(post(`${body}\n\n`, "application/x-ndjson"), 1_000, limits)).toEqual([{ fileName: "a.csv" }, [1, 2], [3, 4], [5]]);
  });

  it("refuses another content type, and names the line that is not JSON", async () => {
    await expect(readNdjsonBody(post("{}", "application/json"), 1_000, limits)).rejects.toThrow("Content-Type: application/x-ndjson");
    await expect(parseNdjson('{"a":1}\n[1]\n[2,\n', limits)).rejects.toThrow("Line 3 of the request body is not valid JSON.");
  });

  it("refuses a line nested deeper than 8 levels before parsing it, and counts no bracket inside a string", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    await expect(parseNdjson(`{"a":1}\n${deep}\n`, limits)).rejects.toThrow("Line 2 of the request body nests deeper than 8 levels: no request this app sends does.");
    await expect(parseNdjson(`[${"[".repeat(7)}1${"]".repeat(7)}]`, limits)).resolves.toHaveLength(1);
    await expect(parseNdjson(`[${"[".repeat(8)}1${"]".repeat(8)}]`, limits)).rejects.toThrow("nests deeper than 8 levels");
    // A name full of brackets, and an escaped quote before them, are text, not nesting.
    const bracketsInText = JSON.stringify([{ firstName: `Jane \"[[[[[[[[[[ {{{{{{{{{{`, lastName: "]]]]" }]);
    expect(await parseNdjson(bracketsInText, limits)).toEqual([JSON.parse(bracketsInText)]);
  });

  it("refuses a line, or a body, holding more values than allowed before parsing it, and counts no comma inside a string", async () => {
    const emptyObjects = (n: number) => `[${Array<string>(n).fill("{}").join(",")}]`;
    // n empty objects in an array count 2n + 1: 499 are 999 values, 500 are 1,001.
    await expect(parseNdjson(emptyObjects(499), limits)).resolves.toHaveLength(1);
    await expect(parseNdjson(`{"a":1}\n${emptyObjects(500)}\n`, limits)).rejects.toThrow("Line 2 of the request body holds more than 1,000 values: no request this app sends does.");
    const lines = Array.from({ length: 12 }, () => emptyObjects(450)).join("\n");
    await expect(parseNdjson(lines, limits)).rejects.toThrow("The request body holds more than 10,000 values: no request this app sends does.");
    const commasInText = JSON.stringify([{ company: ",".repeat(5_000) }]);
    expect(await parseNdjson(commasInText, limits)).toEqual([JSON.parse(commasInText)]);
  });

  it("lets other work run between lines", async () => {
    let ranBetween = false;
    const parsing = parseNdjson("[1]\n[2]\n[3]\n", limits);
    setImmediate(() => {
      ranBetween = true;
    });
    expect(await parsing).toEqual([[1], [2], [3]]);
    expect(ranBetween).toBe(true);
  });
});
