import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditBalances } from "@/db/schema";
import { setBudget } from "@/lib/credits/budgets";
import { estimateCost } from "@/lib/credits/estimate";
import { pricingPlan } from "@/lib/credits/pricing-plan";
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

const readBalance = (kind: "pool" | "prospect", at: Date) =>
  app.db.insert(creditBalances).values({ kind, remaining: 5_000, exportsRemaining: kind === "prospect" ? 5_000 : null, message: null, createdAt: at }).run();

describe("the plan that prices a list before anything is charged", () => {
  it("follows Clodura's balance answer over a plan setting of the other family: a pool account is priced as one, and its cap holds", () => {
    const [sdr, admin] = [app.createUser("sdr"), app.createUser("admin")];
    setSetting(app.db, "plan", "prospect");
    readBalance("pool", new Date(Date.now() + 1_000));
    expect(pricingPlan(app.db)).toBe("max");

    // 10 people at Prospect's 2 credits would fit a cap of 20; at a pool account's prices they do not.
    setBudget(app.db, admin.id, { subject: sdr.id, period: "month" }, 20);
    const list = submit(app.db, sdr, Array.from({ length: 10 }, (_, i) => entryFor(profileUrl(`pool-account-${i}`, { found: true }))));
    expect(list.held).toBe(10);
    expect(list.worstCase).toBe(10 * estimateCost(app.db, { newReveals: 1, viaPartners: true }).worstCasePerReveal);
    expect(list.worstCase).toBeGreaterThan(20);
  });

  it("takes a plan setting saved after the latest reading (a plan change), and a Prospect reading the other way", () => {
    readBalance("pool", new Date(Date.now() - 60_000));
    setSetting(app.db, "plan", "prospect");
    expect(pricingPlan(app.db)).toBe("prospect");

    setSetting(app.db, "plan", "max");
    readBalance("prospect", new Date(Date.now() + 1_000));
    expect(pricingPlan(app.db)).toBe("prospect");
  });
});
