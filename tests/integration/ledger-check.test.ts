import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { creditLedger, reveals } from "@/db/schema";
import { checkProfiles, checkProfilesRequestSchema, type CheckProfilesResponse } from "@/lib/reveals/check-profiles";
import { earlierFact } from "@/lib/reveals/earlier-fact";
import { ledgerFact } from "@/lib/reveals/ledger-fact";
import { revealPastedProfiles } from "@/lib/reveals/reveal-pasted";
import { createRevealsRequestSchema } from "@/lib/reveals/schemas";
import { estimateFor, ledgerCheckOf } from "@/lib/reveals/use-imports";
import { setSetting } from "@/lib/settings/settings";
import { contactOf, revealRow } from "../support/inspect";
import { entryFor, profileUrl, revealIdsOf, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const check = (keys: string[], viaPartners = true) => checkProfiles(app.db, checkProfilesRequestSchema.parse({ keys, viaPartners }));
const keyOf = (url: string) => entryFor(url).key;
/** The default price table's average (10+12+14+15+16+18+20)/7 and its dearest price, the documented maximum. */
const TABLE_AVERAGE = 15;

describe("a paste goes through the same ledger", () => {
  it("answers a known person for free, pays again for the keys marked revealAgain, and refuses Sales Navigator", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const [known, again, fresh] = [profileUrl("paste-known", { found: true }), profileUrl("paste-again", { found: false }), profileUrl("paste-new", { found: true })];
    const a = submit(db, sdrA, [entryFor(known), entryFor(again)]);
    await revealNow(app, a.revealIds);

    const salesNav = "https://www.linkedin.com/sales/lead/ACwAAA1234";
    const input = createRevealsRequestSchema.parse({ text: [known, again, fresh, known.toUpperCase(), salesNav].join("\n"), revealAgain: [keyOf(again)] });
    const created = await revealPastedProfiles(db, sdrB, input);
    expect(created).toMatchObject({ total: 3, queued: 2, cached: 1, attached: 0, duplicates: 1 });
    expect(created.refused).toEqual([{ line: 5, input: salesNav, reason: expect.stringContaining("Sales Navigator") }]);

    const [bKnown, bAgain, bFresh] = revealIdsOf(db, created.batchId).map((id) => revealRow(db, id));
    expect(bKnown).toMatchObject({ state: "cached", sourceRevealId: a.revealIds[0], requestedBy: sdrB.id });
    expect(bAgain).toMatchObject({ state: "queued", sourceRevealId: null });
    expect(bFresh).toMatchObject({ state: "queued", sourceRevealId: null });
  });
});

describe("people answered before the freshness window", () => {
  it("are new, paid reveals, and the check says who revealed them, when and what came back", async () => {
    const sdr = app.createUser("sdr");
    const [found, missed, unknown] = [profileUrl("older-found", { found: true }), profileUrl("older-miss", { found: false }), profileUrl("older-unknown", { found: true })];
    const { revealIds } = submit(app.db, sdr, [entryFor(found), entryFor(missed)]);
    await revealNow(app, revealIds);
    const answeredAt = (index: number) => revealRow(app.db, revealIds[index]!).completedAt!.getTime();

    // A window of 0 days: both answers, a moment old, are already outside it.
    setSetting(app.db, "freshnessDays", 0);
    const outside = check([found, missed, unknown].map(keyOf));
    expect(outside.ledger).toEqual({});
    expect(outside.earlier).toEqual({
      [keyOf(found)]: { state: "found", revealedBy: sdr.name, at: answeredAt(0) },
      [keyOf(missed)]: { state: "not_found", revealedBy: sdr.name, at: answeredAt(1) },
    });
    expect(outside.estimate.newReveals).toBe(3);

    setSetting(app.db, "freshnessDays", 90);
    const inside = check([found, missed].map(keyOf));
    expect(Object.keys(inside.ledger).sort()).toEqual([found, missed].map(keyOf).sort());
    expect(inside.earlier).toEqual({});
    expect(inside.estimate.newReveals).toBe(0);
  });

  it("tells the rep who revealed them \"you\", and keeps teammates' ids out of what the browser is sent", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const [samsOld, samsFresh] = [profileUrl("you-old", { found: true }), profileUrl("you-fresh", { found: true })];
    const { revealIds } = submit(app.db, sam, [entryFor(samsOld), entryFor(samsFresh)]);
    await revealNow(app, revealIds);
    // The first one was answered 100 days ago: outside the window, an earlier answer.
    app.db.update(reveals).set({ completedAt: new Date(Date.now() - 100 * 86_400_000) }).where(eq(reveals.id, revealIds[0]!)).run();
    const asked = checkProfilesRequestSchema.parse({ keys: [samsOld, samsFresh].map(keyOf) });

    const forSam = checkProfiles(app.db, asked, sam.id);
    expect(forSam.ledger[keyOf(samsFresh)]).toEqual(expect.objectContaining({ byYou: true, revealedBy: sam.name }));
    expect(forSam.ledger[keyOf(samsFresh)]).not.toHaveProperty("revealedById");
    expect(earlierFact(forSam.earlier[keyOf(samsOld)]!, 90)).toMatch(/^You revealed them on /);
    expect(ledgerFact(forSam.ledger[keyOf(samsFresh)]!)).toMatch(/^Revealed by you today at \d{1,2}:\d{2} [AP]M: number found$/);

    const forJordan = checkProfiles(app.db, asked, jordan.id);
    expect(forJordan.ledger[keyOf(samsFresh)]).not.toHaveProperty("byYou");
    expect(forJordan.ledger[keyOf(samsFresh)]).not.toHaveProperty("revealedById");
    expect(earlierFact(forJordan.earlier[keyOf(samsOld)]!, 90)).toMatch(new RegExp(`^${sam.name} revealed them on `));
  });
});

describe("a personId matches the person first revealed by URL", () => {
  it("answers a pasted personId from the reveal made by LinkedIn URL, in the report and in the batch", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("pid-alias", { found: true });
    const a = submit(db, sdrA, [entryFor(url)]);
    await revealNow(app, a.revealIds);
    const personId = contactOf(db, a.revealIds[0]!)?.personId ?? "";
    expect(personId).toMatch(/^\d{19}$/);

    expect(check([`pid:${personId}`]).ledger[`pid:${personId}`]).toMatchObject({ kind: "fresh", revealId: a.revealIds[0] });
    const created = await revealPastedProfiles(db, sdrB, createRevealsRequestSchema.parse({ text: personId }));
    expect(created).toMatchObject({ total: 1, queued: 0, cached: 1 });
    expect(revealRow(db, revealIdsOf(db, created.batchId)[0]!)).toMatchObject({ state: "cached", sourceRevealId: a.revealIds[0] });
  });
});

describe("a URL line with a personId beside it", () => {
  it("is matched by that personId in the report, as the batch matches it, and counts as one person with its personId alone", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("pid-beside", { found: true });
    const a = submit(db, sdrA, [entryFor(url)]);
    await revealNow(app, a.revealIds);
    const personId = contactOf(db, a.revealIds[0]!)?.personId ?? "";
    expect(personId).toMatch(/^\d{19}$/);

    // The same person under a URL the team has not seen: only the personId beside it says who they are.
    const other = entryFor("https://www.linkedin.com/in/pid-beside-renamed/", { personId });
    const byPersonId = (personIds: Record<string, string>) => checkProfiles(db, checkProfilesRequestSchema.parse({ keys: [other.key], personIds }));
    expect(byPersonId({}).ledger).toEqual({});
    const report = byPersonId({ [other.key]: personId });
    expect(report.ledger[other.key]).toMatchObject({ kind: "fresh", revealId: a.revealIds[0] });
    expect(report.estimate.newReveals).toBe(0);
    const created = submit(db, sdrB, [other]);
    expect(created).toMatchObject({ queued: 0, cached: 1 });

    const unknownId = "1234567890123456789";
    const unknown = entryFor("https://www.linkedin.com/in/pid-beside-unknown/", { personId: unknownId });
    const twice = checkProfiles(db, checkProfilesRequestSchema.parse({ keys: [unknown.key, `pid:${unknownId}`], personIds: { [unknown.key]: unknownId } }));
    expect(twice.estimate.newReveals).toBe(1);
    expect(submit(db, sdrB, [unknown, entryFor(unknownId)])).toMatchObject({ queued: 1, attached: 1 });
  });

  it("refuses a personId that is not 6–25 digits", () => {
    const parsed = checkProfilesRequestSchema.safeParse({ keys: ["li:https://www.linkedin.com/in/x/"], personIds: { "li:https://www.linkedin.com/in/x/": "12ab" } });
    expect(parsed.success).toBe(false);
  });
});

describe("checkProfiles: what a list would cost before anything is spent", () => {
  it("reports fresh and in-flight people by key, and estimates only the rest", async () => {
    const { db } = app;
    const sdrA = app.createUser("sdr");
    const [found, foundToo, missing, inFlight, unknown] = [
      profileUrl("check-found", { found: true }),
      profileUrl("check-found-too", { found: true }),
      profileUrl("check-missing", { found: false }),
      profileUrl("check-flight", { found: true }),
      profileUrl("check-unknown", { found: true }),
    ];

    const before = check([keyOf(found), keyOf(unknown)]);
    expect(before).toEqual({
      ledger: {},
      earlier: {},
      freshnessDays: 90,
      estimate: { plan: "max", newReveals: 2, worstCase: 40, worstCasePerReveal: 20, worstCasePerRevealAlone: 10, expected: Math.round(2 * 0.5 * TABLE_AVERAGE), foundRate: 0.5, foundRateAnswers: 0, averagePrice: TABLE_AVERAGE },
      // Clodura's balance has not been read yet: nothing to compare the list with.
      balance: null,
      // Nothing waits to be sent, and the next request may go at once.
      queue: { mine: [], others: [], startsInMs: 0, pace: { perSecond: 5, perMinute: 0, perDay: 0 }, day: { used: 0, oldestAt: null } },
    });

    const answered = submit(db, sdrA, [entryFor(found), entryFor(foundToo), entryFor(missing)]);
    await revealNow(app, answered.revealIds);
    const [foundId, , missingId] = answered.revealIds as [string, string, string];
    const [flightId] = submit(db, sdrA, [entryFor(inFlight)]).revealIds as [string];

    const keys = [keyOf(found), keyOf(missing), keyOf(inFlight), keyOf(unknown), keyOf(unknown)];
    const report = check(keys);
    expect(report.ledger).toEqual({
      [keyOf(found)]: { kind: "fresh", revealId: foundId, state: "found", revealedBy: sdrA.name, at: revealRow(db, foundId).completedAt!.getTime() },
      [keyOf(missing)]: { kind: "fresh", revealId: missingId, state: "not_found", revealedBy: sdrA.name, at: revealRow(db, missingId).completedAt!.getTime() },
      [keyOf(inFlight)]: { kind: "in_flight", revealId: flightId, state: "queued", revealedBy: sdrA.name, at: revealRow(db, flightId).createdAt.getTime() },
    });
    // Two found of three answered: the found rate now starts from the team's history (its first answers counted with
    // assumed ones until there are 20), the price from what was charged.
    const charges = db.select().from(creditLedger).all().map((row) => row.amount);
    expect(charges).toHaveLength(2);
    const averageCharge = (charges[0]! + charges[1]!) / 2;
    expect(report.estimate).toEqual({
      plan: "max",
      newReveals: 1,
      worstCase: 20,
      worstCasePerReveal: 20,
      worstCasePerRevealAlone: 10,
      expected: Math.round(1 * ((2 + 0.5 * 17) / 20) * averageCharge),
      foundRate: (2 + 0.5 * 17) / 20,
      foundRateAnswers: 3,
      averagePrice: averageCharge,
    });

    setSetting(db, "freshnessDays", 0);
    expect(Object.keys(check(keys).ledger)).toEqual([keyOf(inFlight)]);
    expect(check(keys).estimate.newReveals).toBe(3);
  });

  it("expects, before a list is sent, exactly the figures the batch stores once it is sent", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    // History whose price per found number is no multiple of 0.1: two found by Clodura (10), one by a partner (11).
    setSetting(db, "providerPrices", { Clodura: 10, SignalHire: 11, Enrichlayer: 11, Wiza: 11, LeadMagic: 11, RocketReach: 11, Findymail: 11 });
    const history = submit(db, sdr, [
      entryFor(profileUrl("agree-direct-a", { found: true, chargedBy: "Clodura" })),
      entryFor(profileUrl("agree-direct-b", { found: true, chargedBy: "Clodura" })),
      entryFor(profileUrl("agree-partner", { found: true, chargedBy: "partner" })),
      entryFor(profileUrl("agree-missing", { found: false })),
    ]);
    await revealNow(app, history.revealIds);

    const list = Array.from({ length: 1_945 }, (_, index) => entryFor(`https://www.linkedin.com/in/agree-list-${index}/`));
    // What the browser gets: the check's answer after JSON, turned into what the upload and paste pages read.
    const answer = JSON.parse(JSON.stringify(check(list.map((entry) => entry.key)))) as CheckProfilesResponse;
    // Three found of four answered, counted with 16 assumed at 50%.
    expect(answer.estimate).toMatchObject({ newReveals: 1_945, foundRate: 0.55, foundRateAnswers: 4, averagePrice: 31 / 3 });
    const shown = estimateFor(ledgerCheckOf(answer), answer.estimate.newReveals);
    // Rounding the average to a tenth before multiplying (as the pages once did) showed 11,018 here.
    expect(shown).toEqual({ worstCase: 1_945 * 20, expected: Math.round((1_945 * 0.55 * 31) / 3) });

    const sent = submit(db, sdr, list);
    expect(sent).toMatchObject({ total: 1_945, worstCase: shown.worstCase, expected: shown.expected });
    expect(sent.expected).toBe(11_054);
  });

  it("prices the worst case by plan, price table and partners, and never expects more than the worst case", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    // History: one person found by a partner with partners on, one found by Clodura with partners off.
    const partner = submit(db, sdr, [entryFor(profileUrl("price-partner", { found: true, chargedBy: "partner" }))]);
    const direct = submit(db, sdr, [entryFor(profileUrl("price-direct", { found: true, viaPartners: false }))], { viaPartners: false });
    await revealNow(app, [...partner.revealIds, ...direct.revealIds]);
    const amounts = db.select().from(creditLedger).all().map((row) => [row.provider === "Clodura" ? "direct" : "partner", row.amount]);
    expect(Object.fromEntries(amounts)).toEqual({ direct: 10, partner: expect.any(Number) });
    const partnerPrice = Object.fromEntries(amounts).partner as number;
    expect(partnerPrice).toBeGreaterThan(10);

    const ten = Array.from({ length: 10 }, (_, i) => keyOf(`https://www.linkedin.com/in/price-list-${i}/`));
    const on = check(ten, true).estimate;
    // One answer, found: counted with 19 assumed at 50%, not taken as a 100% found rate.
    const foundRate = (1 + 0.5 * 19) / 20;
    expect(on).toMatchObject({ newReveals: 10, worstCase: 200, worstCasePerReveal: 20, foundRate, foundRateAnswers: 1 });
    expect(on.expected).toBe(Math.round(10 * foundRate * partnerPrice)); // × what partners-on reveals were charged

    // Partners off: only Clodura can be asked and charge, whatever partners cost in other reveals.
    const off = check(ten, false).estimate;
    expect(off).toEqual({ plan: "max", newReveals: 10, worstCase: 100, worstCasePerReveal: 10, worstCasePerRevealAlone: 10, expected: Math.round(10 * foundRate * 10), foundRate, foundRateAnswers: 1, averagePrice: 10 });
    expect(off.expected).toBeLessThanOrEqual(off.worstCase);

    setSetting(db, "providerPrices", { Clodura: 7, Wiza: 25 });
    expect(check(ten, true).estimate.worstCase).toBe(250);
    expect(check(ten, false).estimate.worstCase).toBe(70);

    setSetting(db, "plan", "prospect");
    for (const viaPartners of [true, false]) {
      expect(check(ten, viaPartners).estimate).toMatchObject({ plan: "prospect", newReveals: 10, worstCase: 20, worstCasePerReveal: 2, expected: Math.round(10 * foundRate * 2), averagePrice: 2, foundRate });
    }
  });
});
