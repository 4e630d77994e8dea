import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const urls = (slug: string, count: number) => Array.from({ length: count }, (_, i) => `https://www.linkedin.com/in/${slug}-${i}/`);

describe("people take turns", () => {
  it("sends a teammate's small list between a big list's reveals, and each person's own lists in the order sent", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const big = app.createBatchFor(sam, urls("turns-big", 4));
    const small = app.createBatchFor(jordan, urls("turns-small", 1));
    const later = app.createBatchFor(jordan, urls("turns-later", 1));
    const owner = new Map([...big.revealIds.map((id) => [id, "big"] as const), [small.revealIds[0]!, "small"], [later.revealIds[0]!, "later"]]);

    const t0 = Date.now() + 1_000;
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      expect(await dispatchNext(app.db, { ...app.deps, now: () => t0 + i })).toBe("sent");
      const newest = app.db.$client.prepare("SELECT id FROM reveals WHERE dispatched_at = ?").get(t0 + i) as { id: string };
      order.push(owner.get(newest.id)!);
    }
    expect(order).toEqual(["big", "small", "big", "later", "big", "big"]);
  });
});
