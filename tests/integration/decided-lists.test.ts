import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setBudget } from "@/lib/credits/budgets";
import { decisionErrorMessage } from "@/lib/reveals/already-decided";
import { decideBatch } from "@/lib/reveals/decide-batch";
import { withdrawBatch } from "@/lib/reveals/withdraw-batch";
import { setSetting } from "@/lib/settings/settings";
import { entryFor, profileUrl, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const AT_5_47_UTC = new Date(Date.UTC(2026, 2, 10, 5, 47));
const MINUTE_LATER = new Date(AT_5_47_UTC.getTime() + 60_000);
const refusal = (run: () => unknown): Error & { code?: string; details?: unknown } => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("the second decision was not refused");
};

describe("a second decision on a list someone already decided", () => {
  it("is refused saying by whom and when, in the team's time zone, and the browser can reword it in the reader's", () => {
    const { db } = app;
    const [first, second, sdr] = [app.createUser("manager"), app.createUser("manager"), app.createUser("sdr")];
    setBudget(db, first.id, { subject: sdr.id, period: "month" }, 1);
    const held = submit(db, sdr, [entryFor(profileUrl("decided-twice", { found: true }))]);
    decideBatch(db, { batchId: held.batchId, actorId: first.id, decision: "approve" }, AT_5_47_UTC);

    for (const decision of ["approve", "reject"] as const) {
      const error = refusal(() => decideBatch(db, { batchId: held.batchId, actorId: second.id, decision }, MINUTE_LATER));
      expect(error).toMatchObject({ code: "conflict", message: `Already approved by ${first.name} today at 5:47 AM.` });
      expect(error.details).toEqual({ earlierDecision: { state: "approved", withdrawn: false, by: first.name, at: AT_5_47_UTC.getTime() } });
    }
    // Its owner, withdrawing it meanwhile, is told the same.
    expect(refusal(() => withdrawBatch(db, held.batchId, sdr))).toMatchObject({ code: "conflict", details: { earlierDecision: { state: "approved", by: first.name } } });
    setSetting(db, "timeZone", "America/New_York");
    const later = refusal(() => decideBatch(db, { batchId: held.batchId, actorId: second.id, decision: "reject" }, MINUTE_LATER));
    // New York keeps summer time from March 8: 5:47 UTC is 1:47 there.
    expect(later.message).toBe(`Already approved by ${first.name} today at 1:47 AM.`);
    expect(decisionErrorMessage(later)).toMatch(new RegExp(`^Already approved by ${first.name} (today|on Mar \\d+|yesterday|tomorrow)?\\s?at \\d{1,2}:47 [AP]M\\.$`));
  });

  it("names a withdrawal as its owner's, and a list that never waited as such", () => {
    const { db } = app;
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    setBudget(db, manager.id, { subject: sdr.id, period: "month" }, 1);
    const held = submit(db, sdr, [entryFor(profileUrl("withdrawn-then-decided", { found: true }))]);
    withdrawBatch(db, held.batchId, sdr);
    expect(() => decideBatch(db, { batchId: held.batchId, actorId: manager.id, decision: "approve" })).toThrow(`Already withdrawn by ${sdr.name} today at`);

    setBudget(db, manager.id, { subject: sdr.id, period: "month" }, null);
    const sent = submit(db, sdr, [entryFor(profileUrl("never-held", { found: true }))]);
    expect(() => decideBatch(db, { batchId: sent.batchId, actorId: manager.id, decision: "approve" })).toThrow("This list was sent without needing approval: there is nothing to decide.");
  });
});
