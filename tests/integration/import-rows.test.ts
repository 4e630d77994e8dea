import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { batches, contacts, reveals } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { importRowsRequestSchema, parseImportRequest, revealImportedRows, type ImportRowsRequest } from "@/lib/reveals/import-rows";
import { contactOf } from "../support/inspect";
import { entryFor, revealIdsOf, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const SALES_NAV = "https://www.linkedin.com/sales/lead/ACwAAA1234,NAME_SEARCH,abcd";
const PERSON_ID = "2751275603503088159"; // above 2^53: only a string holds it
const importAs = (user: SessionUser, request: ImportRowsRequest) => revealImportedRows(app.db, user, importRowsRequestSchema.parse(request));
const count = (table: typeof batches | typeof reveals | typeof contacts) => Number(app.db.select({ n: sql<number>`count(*)` }).from(table).get()?.n);

describe("revealImportedRows: the server checks every row again", () => {
  it("refuses unsupported rows by row number, counts duplicates once and keeps names, company and personIds", async () => {
    const sdr = app.createUser("sdr");
    const created = await importAs(sdr, {
      fileName: "leads.csv",
      rows: [
        { row: 2, linkedinUrl: "https://www.linkedin.com/in/import-jane/", firstName: " Jane ", lastName: "Doe", company: "Acme GmbH" },
        { row: 3, linkedinUrl: SALES_NAV, firstName: "Sal" },
        { row: 4, linkedinUrl: "linkedin.com/in/IMPORT-JANE?trk=x", firstName: "Janet" },
        { row: 5, personId: PERSON_ID, firstName: "Brad", company: "" },
        { row: 6, firstName: "Nobody" },
        { row: 7, linkedinUrl: SALES_NAV, personId: ` ${PERSON_ID}1 ` },
        { row: 8, linkedinUrl: "https://www.linkedin.com/company/acme/" },
        { row: 9, linkedinUrl: "https://www.linkedin.com/in/import-blank/", firstName: "   ", lastName: null },
      ],
    });
    expect(created).toMatchObject({ total: 4, queued: 4, cached: 0, attached: 0, duplicates: 1 });
    expect(created.refused).toEqual([
      { row: 3, reason: expect.stringContaining("Sales Navigator URLs are not supported") },
      { row: 6, reason: "This row has neither a LinkedIn URL nor a personId." },
      { row: 8, reason: expect.stringContaining("company, school or showcase page") },
    ]);

    const batch = app.db.select().from(batches).where(eq(batches.id, created.batchId)).get();
    expect(batch).toMatchObject({ source: "csv", fileName: "leads.csv", total: 4, createdBy: sdr.id });
    const saved = revealIdsOf(app.db, created.batchId).map((id) => contactOf(app.db, id));
    expect(saved).toEqual([
      expect.objectContaining({ key: "li:https://www.linkedin.com/in/import-jane/", firstName: "Jane", lastName: "Doe", company: "Acme GmbH", personId: null }),
      expect.objectContaining({ key: `pid:${PERSON_ID}`, linkedinUrl: null, personId: PERSON_ID, firstName: "Brad", company: null }),
      expect.objectContaining({ key: `pid:${PERSON_ID}1`, personId: `${PERSON_ID}1`, linkedinUrl: null }),
      expect.objectContaining({ linkedinUrl: "https://www.linkedin.com/in/import-blank/", firstName: null, lastName: null }),
    ]);
    expect(typeof saved[1]?.personId).toBe("string");
  });

  it("keeps a valid personId that sits beside a valid LinkedIn URL, as the upload's report does", async () => {
    const sdr = app.createUser("sdr");
    const created = await importAs(sdr, {
      rows: [
        { row: 2, linkedinUrl: "https://www.linkedin.com/in/import-both/", personId: ` ${PERSON_ID}7 ` },
        { row: 3, linkedinUrl: "https://www.linkedin.com/in/import-bad-id/", personId: "12" },
      ],
    });
    expect(created).toMatchObject({ total: 2, refused: [] });
    const [both, badId] = revealIdsOf(app.db, created.batchId).map((id) => contactOf(app.db, id));
    expect(both).toMatchObject({ key: "li:https://www.linkedin.com/in/import-both/", personId: `${PERSON_ID}7` });
    expect(badId).toMatchObject({ key: "li:https://www.linkedin.com/in/import-bad-id/", personId: null });
  });

  it("throws unprocessable when no row can be revealed, and the schema caps a file at 100,000 rows", async () => {
    const sdr = app.createUser("sdr");
    const error = await importAs(sdr, { rows: [{ row: 2, linkedinUrl: SALES_NAV }, { row: 3, company: "Acme" }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unprocessable", details: { refused: [{ row: 2 }, { row: 3 }] } });
    expect((error as AppError).message).toContain("None of the 2 rows");

    expect(importRowsRequestSchema.safeParse({ rows: [] }).success).toBe(false);
    const tooMany = Array.from({ length: 100_001 }, (_, i) => ({ row: i + 2, personId: String(1_000_000 + i) }));
    const parsed = importRowsRequestSchema.safeParse({ rows: tooMany });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("A file can hold at most 100,000 rows; split it.");
    expect(importRowsRequestSchema.safeParse({ rows: tooMany.slice(1) }).success).toBe(true);
    expect(count(batches)).toBe(0);
  });

  it("checks a big body slice by slice exactly as one parse would, naming a bad row by its place in the file", async () => {
    const rows = Array.from({ length: 25_001 }, (_, i) => ({ row: i + 2, linkedinUrl: `https://www.linkedin.com/in/slice-${i}/` }));
    expect(await parseImportRequest({ fileName: "big.csv", rows })).toEqual(importRowsRequestSchema.parse({ fileName: "big.csv", rows }));

    const bad = rows.map((row, i) => (i === 25_000 ? { ...row, row: -1 } : row));
    const whole = importRowsRequestSchema.safeParse({ rows: bad }).error;
    expect(whole?.issues[0]?.path).toEqual(["rows", 25_000, "row"]);
    const sliced = await parseImportRequest({ rows: bad }).catch((caught: unknown) => caught);
    expect(sliced).toBeInstanceOf(ZodError);
    expect((sliced as ZodError).issues).toEqual(whole?.issues);
    await expect(parseImportRequest({ rows: [] })).rejects.toThrow("The file has no rows to reveal.");
  });

  it("creates a 10,000-row import in one call, with the ledger applied to every row", async () => {
    const { db } = app;
    const teammate = app.createUser("sdr");
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ row: i + 2, linkedinUrl: `https://www.linkedin.com/in/bulk-person-${i}/`, company: `Company ${i}` }));
    const inFlight = submit(db, teammate, [5, 5_000, 9_999].map((i) => entryFor(rows[i]!.linkedinUrl)));
    const created = await importAs(app.createUser("sdr"), { fileName: "big.csv", rows });
    expect(created).toMatchObject({ total: 10_000, queued: 9_997, attached: 3, cached: 0, duplicates: 0, refused: [] });
    expect(db.select({ n: sql<number>`count(*)` }).from(reveals).where(eq(reveals.batchId, created.batchId)).get()?.n).toBe(10_000);
    expect(count(contacts)).toBe(10_000);
    const attached = db.select({ source: reveals.sourceRevealId }).from(reveals).where(eq(reveals.state, "cached")).all();
    expect(attached.map((row) => row.source).sort()).toEqual([...inFlight.revealIds].sort());
  });

  it("is all or nothing: a row that fails to save leaves no batch, reveal or contact behind", async () => {
    const { db } = app;
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ row: i + 2, linkedinUrl: `https://www.linkedin.com/in/atomic-${i}/` }));
    // A real constraint failure deep in the import (row 1,500, chunk 3), raised by SQLite itself on this connection.
    db.$client.exec(`CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON main.contacts WHEN NEW.key = 'li:https://www.linkedin.com/in/atomic-1500/'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const before = { batches: count(batches), reveals: count(reveals), contacts: count(contacts) };
    await expect(importAs(app.createUser("sdr"), { rows })).rejects.toThrow("refused by the test");
    expect({ batches: count(batches), reveals: count(reveals), contacts: count(contacts) }).toEqual(before);
    db.$client.exec("DROP TRIGGER refuse_one");
    expect((await importAs(app.createUser("sdr"), { rows })).total).toBe(2_000);
  });
});
