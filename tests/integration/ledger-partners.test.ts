import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkProfiles, checkProfilesRequestSchema } from "@/lib/reveals/check-profiles";
import { earlierFact } from "@/lib/reveals/earlier-fact";
import { exportPeopleCsv } from "@/lib/reveals/export-people";
import { getBatchView } from "@/lib/reveals/get-batch";
import { listPeople } from "@/lib/reveals/list-people";
import { revealRow } from "../support/inspect";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a list that asks partner providers", () => {
  it("is not answered by a 'not found' from Clodura alone, but is by a number, and says why it asks again", async () => {
    const { db } = app;
    const [sdrA, sdrB, sdrC] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-partners", { found: true, chargedBy: "partner" });
    const key = entryFor(url).key;
    const [aReveal] = submit(db, sdrA, [entryFor(url)], { viaPartners: false }).revealIds as [string];
    await revealNow(app, [aReveal]);
    expect(revealRow(db, aReveal).state).toBe("not_found");

    expect(checkProfiles(db, checkProfilesRequestSchema.parse({ keys: [key], viaPartners: false })).ledger[key]).toMatchObject({ kind: "fresh", revealId: aReveal });
    const withPartners = checkProfiles(db, checkProfilesRequestSchema.parse({ keys: [key], viaPartners: true }));
    expect(withPartners.ledger[key]).toBeUndefined();
    expect(withPartners.estimate.worstCase).toBeGreaterThan(0);
    expect(earlierFact(withPartners.earlier[key]!, 90)).toMatch(/ revealed them on \w{3} \d{1,2} with Clodura alone \(no number found\); this list asks partner providers too$/);

    // People says whom that answer still serves, and so does its export.
    expect(listPeople(db, sdrA).people[0]).toMatchObject({ revealId: aReveal, fresh: true, withoutPartners: true });
    const exported = await new Response(exportPeopleCsv(db, app.createUser("manager"), {}).body).text();
    expect(exported).toMatch(/,\d{4}-\d{2}-\d{2} \(lists without partner providers\)\r\n$/);

    const b = submit(db, sdrB, [entryFor(url)], { viaPartners: true });
    expect(b).toMatchObject({ queued: 1, cached: 0 });
    await revealNow(app, b.revealIds);
    expect(revealRow(db, b.revealIds[0]!).state).toBe("found");
    // A number answers any list, with or without partners.
    expect(submit(db, sdrC, [entryFor(url)], { viaPartners: false })).toMatchObject({ queued: 0, cached: 1 });
  });

  it("sends a list that asks partners on its own when the Clodura-alone reveal it attached to ends without a number", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-partners-in-flight", { found: true, chargedBy: "partner" });
    const [aReveal] = submit(db, sdrA, [entryFor(url)], { viaPartners: false }).revealIds as [string];
    // Under way: attached, so a number Clodura finds is not paid for twice.
    const b = submit(db, sdrB, [entryFor(url)], { viaPartners: true });
    expect(b).toMatchObject({ queued: 0, attached: 1 });
    const [bReveal] = b.revealIds as [string];

    await revealNow(app, [aReveal]);
    expect(revealRow(db, aReveal).state).toBe("not_found");
    expect(revealRow(db, bReveal)).toMatchObject({ state: "queued", sourceRevealId: null, viaPartners: true });
    await revealNow(app, [bReveal]);
    expect(revealRow(db, bReveal).state).toBe("found");
    expect(getBatchView(db, b.batchId, sdrB).counts.found).toBe(1);
  });

  it("does the same when Clodura answers the Clodura-alone request with 404 'No result found'", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = "https://www.linkedin.com/in/partners-after-404-sandbox-404/";
    const [aReveal] = submit(db, sdrA, [entryFor(url)], { viaPartners: false }).revealIds as [string];
    const [bReveal] = submit(db, sdrB, [entryFor(url)], { viaPartners: true }).revealIds as [string];
    expect(revealRow(db, bReveal)).toMatchObject({ state: "cached", sourceRevealId: aReveal });
    await app.dispatchAll();
    expect(revealRow(db, aReveal).state).toBe("not_found");
    // Sent by itself, with partners (this profile answers 404 to anyone).
    expect(revealRow(db, bReveal)).toMatchObject({ state: "not_found", sourceRevealId: null, viaPartners: true });
  });

  it("keeps a list without partners attached to the same answer: Clodura alone answered what it asked", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-plain-in-flight", { found: true, chargedBy: "partner" });
    const [aReveal] = submit(db, sdrA, [entryFor(url)], { viaPartners: false }).revealIds as [string];
    const [bReveal] = submit(db, sdrB, [entryFor(url)], { viaPartners: false }).revealIds as [string];
    await revealNow(app, [aReveal]);
    expect(revealRow(db, bReveal)).toMatchObject({ state: "cached", sourceRevealId: aReveal });
    expect(await app.dispatchAll()).toEqual([]);
  });
});
