import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches, reveals } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { chargesCsvFileName, streamChargesCsv } from "@/lib/credits/export-charges";
import { listCharges, type ChargeCursor, type ChargeFilter } from "@/lib/credits/list-charges";
import { dayIn } from "@/lib/credits/periods";
import { spendUserScope } from "@/lib/credits/scope";
import { getSpendReport } from "@/lib/credits/spend-report";
import { setSetting } from "@/lib/settings/settings";
import { multiPayload, postJson, providerRowsOf, sandboxRequestOf } from "../support/inspect";
import { ledgerRows, revealByTrack, sumCredits, trackOnlyUrl } from "../support/credit-flow";
import { DAY_MS, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

const utcDay = (at: Date | number) => dayIn(at, "UTC");

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const NOW = Date.now();
/** Yesterday to tomorrow (UTC), so a webhook applied just after midnight still falls inside. */
const RANGE = { from: utcDay(NOW - 2 * DAY_MS), to: utcDay(NOW + DAY_MS) };
type Spend = { credits: number; charges: number };

/** Two SDRs: yesterday's reveals answered by track polls, today's by webhooks, and a ledger answer that costs nothing. */
async function twoSdrsSpend() {
  const { db } = app;
  const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
  const aYesterday = await revealByTrack(app, sdrA, [trackOnlyUrl("rep-a1", true), trackOnlyUrl("rep-a2", true), trackOnlyUrl("rep-a3", false)], new Date(NOW - DAY_MS));
  const bYesterday = await revealByTrack(app, sdrB, [trackOnlyUrl("rep-b1", true)], new Date(NOW - DAY_MS));
  const aToday = submit(db, sdrA, [entryFor(profileUrl("rep-a4", { found: true }))]);
  const bToday = submit(db, sdrB, [entryFor(profileUrl("rep-b2", { found: true })), entryFor(trackOnlyUrl("rep-a1", true))]);
  expect(bToday).toMatchObject({ queued: 1, cached: 1 });
  await revealNow(app, [...aToday.revealIds, ...bToday.revealIds]);
  return { sdrA, sdrB, aReveals: [...aYesterday.revealIds, ...aToday.revealIds], bReveals: [...bYesterday.revealIds, ...bToday.revealIds] };
}

/** The ledger grouped by `key`, summed the way the report should: the reference the rollups are checked against. */
function expectedBy(key: (row: ReturnType<typeof ledgerRows>[number]) => string, userId?: string): Map<string, Spend> {
  const groups = new Map<string, Spend>();
  for (const row of ledgerRows(app.db).filter((charge) => !userId || charge.userId === userId)) {
    const group = groups.get(key(row)) ?? { credits: 0, charges: 0 };
    groups.set(key(row), { credits: group.credits + row.amount, charges: group.charges + 1 });
  }
  return groups;
}

function asked(revealIds: string[]): Map<string, { asked: number; found: number }> {
  const scores = new Map<string, { asked: number; found: number }>();
  for (const row of revealIds.flatMap((id) => providerRowsOf(app.db, id))) {
    const score = scores.get(row.provider) ?? { asked: 0, found: 0 };
    scores.set(row.provider, { asked: score.asked + 1, found: score.found + (row.status === "found" ? 1 : 0) });
  }
  return scores;
}

/** The reveals answered for an SDR (a free ledger answer is not one), and their found rate. */
function answeredFor(userId: string) {
  const mine = app.db.select({ state: reveals.state }).from(reveals).where(eq(reveals.requestedBy, userId)).all();
  const answered = mine.filter((reveal) => reveal.state === "found" || reveal.state === "not_found").length;
  const found = mine.filter((reveal) => reveal.state === "found").length;
  return { answered, found, foundRate: answered > 0 ? found / answered : null };
}

function checkReport(viewer: { userId: string | null; users: SessionUser[] }, revealIds: string[]) {
  const report = getSpendReport(app.db, { range: RANGE, userId: viewer.userId });
  const only = viewer.userId ?? undefined;
  const total = sumCredits(ledgerRows(app.db).filter((row) => !only || row.userId === only));
  const byUser = expectedBy((row) => row.userId, only);
  expect(report.totals.credits).toBe(total);
  expect(new Map(report.byUser.map(({ userId, ...row }) => [userId, row]))).toEqual(
    new Map(viewer.users.map((user) => [user.id, { name: user.name, ...byUser.get(user.id)!, ...answeredFor(user.id) }])),
  );
  expect(report.byUser.map((row) => row.credits)).toEqual(report.byUser.map((row) => row.credits).sort((a, b) => b - a));
  expect(new Map(report.byBatch.map((row) => [row.batchId, { credits: row.credits, charges: row.charges }]))).toEqual(expectedBy((row) => row.batchId, only));
  expect(report.byBatch.every((row) => row.name === "Pasted list" && viewer.users.some((user) => user.name === row.createdBy))).toBe(true);
  const byDay = expectedBy((row) => utcDay(row.createdAt), only);
  expect(report.byDay).toHaveLength(4);
  expect(report.byDay).toEqual(report.byDay.map(({ day }) => ({ day, ...(byDay.get(day) ?? { credits: 0, charges: 0 }) })));
  const byProvider = expectedBy((row) => row.provider, only);
  const scores = asked(revealIds);
  expect(new Map(report.providers.map(({ provider, asked, found, credits, charges }) => [provider, { asked, found, credits, charges }]))).toEqual(
    new Map([...scores].map(([provider, score]) => [provider, { ...score, ...(byProvider.get(provider) ?? { credits: 0, charges: 0 }) }])),
  );
  return report;
}

describe("the spend report, from the daily rollups", () => {
  it("shows two SDRs' charges by user, batch, day and provider with the ledger's totals", async () => {
    const { sdrA, sdrB, aReveals, bReveals } = await twoSdrsSpend();
    const report = checkReport({ userId: null, users: [sdrA, sdrB] }, [...aReveals, ...bReveals]);
    expect(report.totals.charges).toBe(5);
    // SDR A: three of four found (one was "not found"); B: both of its own, its third answered free by the ledger.
    const answers = new Map(report.byUser.map((row) => [row.userId, [row.answered, row.found]]));
    expect(answers.get(sdrA.id)).toEqual([4, 3]);
    expect(answers.get(sdrB.id)).toEqual([2, 2]);
    expect(report.byBatch).toHaveLength(4);
    expect(report.byDay.filter((day) => day.charges > 0).map((day) => day.day)).toContain(utcDay(NOW - DAY_MS));
    expect(report.totals.costPerFound).toBe(Math.round((report.totals.credits / 5) * 10) / 10);
  });

  it("lists an SDR whose lists found nothing, at 0 credits and a found rate of 0%", async () => {
    const sdr = app.createUser("sdr");
    const { revealIds } = submit(app.db, sdr, [entryFor(profileUrl("rep-none", { found: false }))]);
    await revealNow(app, revealIds);
    const report = getSpendReport(app.db, { range: RANGE, userId: null });
    expect(report.byUser).toEqual([{ userId: sdr.id, name: sdr.name, credits: 0, charges: 0, answered: 1, found: 0, foundRate: 0 }]);
  });

  it("scoped to one SDR shows only that SDR's charges, and an SDR cannot widen the scope", async () => {
    const { sdrA, sdrB, aReveals } = await twoSdrsSpend();
    const manager = app.createUser("manager");
    expect(spendUserScope(sdrB, sdrA.id)).toBe(sdrB.id);
    expect(spendUserScope(sdrB, null)).toBe(sdrB.id);
    expect(spendUserScope(manager, sdrA.id)).toBe(sdrA.id);
    expect(spendUserScope(manager, null)).toBeNull();

    const report = checkReport({ userId: sdrA.id, users: [sdrA] }, aReveals);
    expect(report.totals.charges).toBe(3);
    expect(report.byBatch).toHaveLength(2);
  });
});

describe("the charges behind a figure", () => {
  it("pages through every charge newest first, without duplicates, ties included", async () => {
    await twoSdrsSpend();
    const all = ledgerRows(app.db).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    // Yesterday's track polls charged two of A's reveals in the same millisecond: a page boundary falls between them.
    expect(new Set(all.map((row) => row.createdAt.getTime())).size).toBeLessThan(all.length);
    for (const limit of [1, 2]) {
      const filters: ChargeFilter[] = [{ range: RANGE, userId: null }, { range: RANGE, userId: all[0]!.userId }, { range: RANGE, userId: null, provider: all[0]!.provider }];
      for (const filter of filters) {
        const seen: string[] = [];
        let cursor: ChargeCursor | null = null;
        do {
          const page: ReturnType<typeof listCharges> = listCharges(app.db, filter, cursor, limit);
          expect(page.lines.length).toBeLessThanOrEqual(limit);
          seen.push(...page.lines.map((line) => line.id));
          cursor = page.next;
        } while (cursor);
        const expected = all.filter((row) => row.userId === (filter.userId ?? row.userId) && row.provider === (filter.provider ?? row.provider));
        expect(seen).toEqual(expected.map((row) => row.id));
      }
    }
  });

  it("exports them as CSV with a BOM, one row per charge, formula-like names neutralised", async () => {
    const { db } = app;
    await twoSdrsSpend();
    const sdr = app.createUser("sdr");
    const sent = submit(db, sdr, [entryFor(trackOnlyUrl("rep-formula", false))]);
    const [revealId] = sent.revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const { webhookUrl, trackingId } = sandboxRequestOf(db, revealId);
    const evil = '=HYPERLINK("https://evil.example","click")';
    const body = multiPayload(trackingId, { Clodura: { status: "notFound" }, Findymail: { mobile: ["+1 628-555-0107"], status: "found" } }, { firstName: evil, lastName: "Doe" });
    expect(await (await postJson(webhookUrl!, body)).json()).toMatchObject({ outcome: "applied" });

    const filter: ChargeFilter = { range: RANGE, userId: null };
    expect(chargesCsvFileName(db, filter)).toBe(`reveal-desk-credits-${RANGE.from}-to-${RANGE.to}.csv`);
    // Each drill-down downloads under its own name, as the dashboard calls the SDR, the provider and the list.
    expect(chargesCsvFileName(db, { ...filter, provider: "Find My-Mail" })).toBe(`reveal-desk-credits-${RANGE.from}-to-${RANGE.to}-find-my-mail.csv`);
    const { batchId } = sent;
    db.update(batches).set({ name: "Acme Q4 — Webinar" }).where(eq(batches.id, batchId)).run();
    const [number] = sdr.name.split(" ").slice(-1);
    expect(chargesCsvFileName(db, { ...filter, userId: sdr.id, batchId })).toBe(`reveal-desk-credits-${RANGE.from}-to-${RANGE.to}-sdr-sdr-${number}-list-acme-q4-webinar.csv`);
    expect(chargesCsvFileName(db, { ...filter, batchId })).toBe(`reveal-desk-credits-${RANGE.from}-to-${RANGE.to}-list-acme-q4-webinar.csv`);
    // Another sender's list is not named in an SDR's file; an id matching nothing comes from the query string, and
    // nothing but letters and digits of it reaches the Content-Disposition header.
    const other = app.createUser("sdr");
    expect(chargesCsvFileName(db, { ...filter, userId: other.id, batchId })).toBe(`reveal-desk-credits-${RANGE.from}-to-${RANGE.to}-sdr-sdr-${other.name.split(" ")[1]}-list-${batchId.replace(/-/g, "").slice(-8)}.csv`);
    expect(chargesCsvFileName(db, { ...filter, userId: 'evil.exe"', batchId: 'xxa.html";x' })).toBe(`reveal-desk-credits-${RANGE.from}-to-${RANGE.to}-sdr-evilexe-list-xxahtmlx.csv`);
    // Read the bytes: Response.text() would silently drop the BOM it is meant to check.
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(streamChargesCsv(db, filter)).arrayBuffer());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], ...string[][]];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.map((row) => cell(row, "Reveal id"))).toEqual(listCharges(db, filter, null).lines.map((line) => line.revealId));
    expect(rows).toHaveLength(6);

    const row = rows.find((line) => cell(line, "Reveal id") === revealId)!;
    expect(cell(row, "Person")).toBe(`'${evil} Doe`);
    expect(row).toEqual(expect.arrayContaining([sdr.name, "Findymail", "max", "20", "estimate"]));
    for (const value of rows.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("exports each charge at the team's wall clock, beside the exact UTC instant", async () => {
    const { db } = app;
    await twoSdrsSpend();
    // Kiritimati is UTC+14 all year: its wall clock is worked out here without the app's time-zone code.
    setSetting(db, "timeZone", "Pacific/Kiritimati");
    const filter: ChargeFilter = { range: RANGE, userId: null };
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(streamChargesCsv(db, filter)).arrayBuffer());
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", newline: "\r\n", skipEmptyLines: true }).data as [string[], ...string[][]];
    expect(header.slice(0, 3)).toEqual(["Charged at (Pacific/Kiritimati)", "Charged at (UTC, ISO 8601)", "SDR"]);
    const lines = listCharges(db, filter, null).lines;
    expect(rows).toHaveLength(lines.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const [i, row] of rows.entries()) {
      const at = lines[i]!.at;
      expect(row[0]).toBe(new Date(at + 14 * 3_600_000).toISOString().slice(0, 19).replace("T", " "));
      expect(row[1]).toBe(new Date(at).toISOString());
    }
  });
});
