import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { assertCsvFileSize, decodeCsvBytes, MAX_CSV_BYTES } from "./read-csv-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsvBytes", () => {
  it("decodes UTF-8, with or without a BOM", () => {
    expect(decodeCsvBytes(utf8("Prénom,Nom\nZoë,Øster"))).toBe("Prénom,Nom\nZoë,Øster");
    expect(decodeCsvBytes(utf8(readFixture("excel-semicolon.csv"))).startsWith("Nom;Prénom")).toBe(true);
  });

  it("decodes Excel's UTF-16 “Unicode Text” export by its byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."Né\t1"].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[..."Né\t1"].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeCsvBytes(le)).toBe("Né\t1");
    expect(decodeCsvBytes(be)).toBe("Né\t1");
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["a Windows-1252 file", new Uint8Array([0x4e, 0x6f, 0x6d, 0x3b, 0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]), /^This file is not UTF-8 text.*CSV UTF-8/],
    ["an .xlsx workbook", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /^This is an Excel workbook, not a CSV file/],
    ["an old .xls workbook", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), /^This is an Excel workbook/],
    ["a binary file", new Uint8Array([0x61, 0x00, 0x62]), /^This file is not a text CSV file/],
    ["an empty file", new Uint8Array(), /^The file is empty/],
  ])("refuses %s with advice", (_, bytes, message) => {
    expect(() => decodeCsvBytes(bytes)).toThrow(message);
    expect(() => decodeCsvBytes(bytes)).toThrow(AppError);
  });
});

describe("assertCsvFileSize", () => {
  it("accepts up to 200 MB and refuses more, saying how big the file is and what to do", () => {
    expect(() => assertCsvFileSize(MAX_CSV_BYTES)).not.toThrow();
    expect(() => assertCsvFileSize(MAX_CSV_BYTES + 1)).toThrow("This file is 200.0 MB and the limit is 200 MB");
    expect(() => assertCsvFileSize(280 * 1024 * 1024)).toThrow(
      expect.objectContaining({ code: "payload_too_large", message: expect.stringMatching(/^This file is 280\.0 MB.*export only the columns you need.*split the list/) }),
    );
  });
});
