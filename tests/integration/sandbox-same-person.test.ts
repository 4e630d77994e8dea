import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contactOf, providerRowsOf, sandboxRequestOf } from "../support/inspect";
import { chargesOf, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** What a reveal's providers said, as the batch page shows it. */
const answerOf = (revealId: string) => providerRowsOf(app.db, revealId).map(({ provider, status, numbers, charged }) => ({ provider, status, numbers, charged }));

describe("the sandbox answers a person the same whichever identifier the app sends", () => {
  it("gives a reveal sent again by the personId it reported the answer the profile URL got", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const people = [profileUrl("same-person-found", { found: true, chargedBy: "partner" }), "https://www.linkedin.com/in/same-person-sandbox-providers-agree/"];
    const first = submit(db, sdrA, people.map((url) => entryFor(url)));
    await revealNow(app, first.revealIds);

    // The contacts now have the personIds the sandbox reported, so the dispatcher sends those instead of the URLs.
    const personIds = first.revealIds.map((id) => contactOf(db, id)?.personId);
    expect(personIds).toEqual([expect.stringMatching(/^27\d{17}$/), expect.stringMatching(/^27\d{17}$/)]);
    const again = submit(db, sdrB, people.map((url) => entryFor(url, { revealAgain: true })));
    expect(again).toMatchObject({ queued: 2, cached: 0 });
    await revealNow(app, again.revealIds);

    for (const [index, revealId] of again.revealIds.entries()) {
      const earlier = first.revealIds[index]!;
      expect(sandboxRequestOf(db, revealId).personKey, people[index]).toBe(sandboxRequestOf(db, earlier).personKey);
      expect(answerOf(revealId), people[index]).toEqual(answerOf(earlier));
      expect(chargesOf(db, revealId).map((charge) => [charge.provider, charge.amount])).toEqual(chargesOf(db, earlier).map((charge) => [charge.provider, charge.amount]));
    }
    // The keyword still applies by personId: two providers agree on one mobile.
    expect(answerOf(again.revealIds[1]!).filter((cell) => cell.status === "found").map((cell) => cell.provider)).toEqual(["SignalHire", "Enrichlayer"]);
  });
});
