import { describe, expect, it } from "vitest";
import { reportCsv, summarise } from "@/app/(app)/upload/_components/report-rows";
import type { ValidatedRow } from "@/lib/csv/types";
import type { LedgerHit } from "@/lib/reveals/ledger";

const row = (n: number, key: string): ValidatedRow => ({ row: n, status: "ok", key, input: `https://www.linkedin.com/in/${key}/`, linkedinUrl: `https://www.linkedin.com/in/${key}/` });
const hit = (kind: LedgerHit["kind"]): LedgerHit => ({ kind, revealId: `r-${kind}`, state: kind === "fresh" ? "found" : "awaiting", revealedBy: "Sam Rivera", at: new Date(new Date().getFullYear(), 2, 3, 12).getTime() });

describe("the upload report and 'Reveal again'", () => {
  const rows = [row(1, "li:new"), row(2, "li:known"), row(3, "li:running")];
  const ledger = { "li:known": hit("fresh"), "li:running": hit("in_flight") };

  it("counts a reveal again only for people already revealed, never for one still in progress", () => {
    expect(summarise(rows, ledger, new Set(["li:known", "li:running"]))).toEqual({
      counts: { new: 1, fresh: 1, in_flight: 1, duplicate: 0, unsupported: 0, empty: 0 },
      again: 1,
    });
  });

  it("says so in the downloadable check: the in-progress row stays attached and free", () => {
    const lines = reportCsv(rows, ledger, new Set(["li:known", "li:running"])).trim().split("\r\n");
    expect(lines[0]).toBe("Row,Input,Name,Company,Status,Reason");
    expect(lines[2]).toMatch(/^2,[^,]+,,,reveal again \(charged if found\),Revealed by Sam Rivera on Mar 3 at 12:00 PM: number found$/);
    expect(lines[3]).toMatch(/^3,[^,]+,,,"in progress \(attached, free\)","In progress \(started by Sam Rivera on Mar 3 at 12:00 PM\) — will attach, free"$/);
  });

  it("tells why a new row is charged although the team revealed the person before the freshness window", () => {
    const earlier = { "li:new": { state: "found" as const, revealedBy: "Jordan Park", at: new Date(new Date().getFullYear() - 1, 5, 3, 12).getTime() } };
    const lines = reportCsv(rows, ledger, new Set(), { earlier, freshnessDays: 30 }).trim().split("\r\n");
    expect(lines[1]).toMatch(/^1,[^,]+,,,new \(charged if found\),"?Jordan Park revealed them on Jun 3, \d{4} \(found a number\), outside the 30-day freshness window — charged if found"?$/);
  });
});

describe("a ledger answer that found no number", () => {
  it("says so, so a rep does not take it for a free number", () => {
    const missed: LedgerHit = { ...hit("fresh"), state: "not_found" };
    const lines = reportCsv([row(1, "li:missed")], { "li:missed": missed }, new Set()).trim().split("\r\n");
    expect(lines[1]).toMatch(/Revealed by Sam Rivera on Mar 3 at 12:00 PM: no number found — free"?$/);
  });
});

describe("the downloadable check names each row's person", () => {
  it("with the names and company the mapped columns read, as the table on screen shows them", () => {
    const named: ValidatedRow = { ...row(1, "li:named"), firstName: "Ana", lastName: "Ruiz", company: "Globex, Inc." };
    const [, line] = reportCsv([named], {}, new Set()).trim().split("\r\n");
    expect(line).toBe('1,https://www.linkedin.com/in/li:named/,Ana Ruiz,"Globex, Inc.",new (charged if found),');
  });
});

describe("the downloadable check of a ';'-separated file", () => {
  it("is separated by ';' as the file was, so the Excel that wrote it opens it in columns; a tab file's is a comma file", () => {
    const named: ValidatedRow = { ...row(1, "li:named"), firstName: "Ana", lastName: "Ruiz", company: "Globex; Inc." };
    const [header, line] = reportCsv([named], {}, new Set(), { fileDelimiter: ";" }).trim().split("\r\n");
    expect(header).toBe("Row;Input;Name;Company;Status;Reason");
    expect(line).toBe('1;https://www.linkedin.com/in/li:named/;Ana Ruiz;"Globex; Inc.";new (charged if found);');
    expect(reportCsv([named], {}, new Set(), { fileDelimiter: "\t" }).trim().split("\r\n")[0]).toBe("Row,Input,Name,Company,Status,Reason");
  });
});
