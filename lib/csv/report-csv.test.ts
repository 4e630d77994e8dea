import { describe, expect, it } from "vitest";
import { parseCsvText } from "./parse-csv";
import { validationReportCsv } from "./report-csv";
import type { ValidatedRow } from "./types";

const ROWS: ValidatedRow[] = [
  { row: 1, status: "ok", key: "li:https://www.linkedin.com/in/jane-doe/", input: "linkedin.com/in/jane-doe" },
  { row: 2, status: "duplicate", key: "li:https://www.linkedin.com/in/jane-doe/", duplicateOfRow: 1, reason: "Same person as row 1: they are revealed once.", input: "https://www.linkedin.com/in/jane-doe" },
  { row: 3, status: "unsupported", reason: "This is not a LinkedIn URL, or a personId.", input: "=HYPERLINK(\"https://evil.example.com\")" },
  { row: 4, status: "empty", reason: "This row has no LinkedIn URL or personId.", input: "" },
];

describe("validationReportCsv", () => {
  it("writes Row, Input, Status, Reason for every row, safely quoted", () => {
    const parsed = parseCsvText(validationReportCsv(ROWS));
    expect(parsed.headers).toEqual(["Row", "Input", "Status", "Reason"]);
    expect(parsed.rows).toEqual([
      ["1", "linkedin.com/in/jane-doe", "ok", ""],
      ["2", "https://www.linkedin.com/in/jane-doe", "duplicate", "Same person as row 1: they are revealed once."],
      ["3", "'=HYPERLINK(\"https://evil.example.com\")", "unsupported", "This is not a LinkedIn URL, or a personId."],
      ["4", "", "empty", "This row has no LinkedIn URL or personId."],
    ]);
  });

  it("adds the ledger's note to ok rows only", () => {
    const ledger = new Map([["li:https://www.linkedin.com/in/jane-doe/", "Already revealed by Sam on 2025-05-03: free."]]);
    const parsed = parseCsvText(validationReportCsv(ROWS, ledger));
    expect(parsed.rows.map((row) => row[3])).toEqual([
      "Already revealed by Sam on 2025-05-03: free.",
      "Same person as row 1: they are revealed once.",
      "This is not a LinkedIn URL, or a personId.",
      "This row has no LinkedIn URL or personId.",
    ]);
  });

  it("is a BOM-prefixed CRLF file", () => {
    const csv = validationReportCsv(ROWS.slice(0, 1));
    expect(csv).toBe("\uFEFFRow,Input,Status,Reason\r\n1,linkedin.com/in/jane-doe,ok,\r\n");
  });
});
