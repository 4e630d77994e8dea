import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { profileUrls } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** Which list each of the next `count` sends was from, one claim at a time. */
async function sendOrder(owner: Map<string, string>, count: number): Promise<string[]> {
  const t0 = Date.now() + 1_000;
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(await dispatchNext(app.db, { ...app.deps, now: () => t0 + i })).toBe("sent");
    const newest = app.db.$client.prepare("SELECT id FROM reveals WHERE dispatched_at = ?").get(t0 + i) as { id: string };
    order.push(owner.get(newest.id)!);
  }
  return order;
}

describe("people and their lists take turns", () => {
  it("sends a teammate's small list between a big list's reveals", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const big = app.createBatchFor(sam, profileUrls("turns-big", 4));
    const small = app.createBatchFor(jordan, profileUrls("turns-small", 1));
    const later = app.createBatchFor(jordan, profileUrls("turns-later", 1));
    const owner = new Map([...big.revealIds.map((id) => [id, "big"] as const), [small.revealIds[0]!, "small"], [later.revealIds[0]!, "later"]]);

    expect(await sendOrder(owner, 6)).toEqual(["big", "small", "big", "later", "big", "big"]);
  });

  it("sends a person's next list between their own big list's reveals, and their lists' turns among the team's", async () => {
    const [sam, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const big = app.createBatchFor(sam, profileUrls("own-big", 4));
    const teammate = app.createBatchFor(jordan, profileUrls("own-teammate", 3));
    const paste = app.createBatchFor(sam, profileUrls("own-paste", 2));
    const owner = new Map([
      ...big.revealIds.map((id) => [id, "big"] as const),
      ...teammate.revealIds.map((id) => [id, "teammate"] as const),
      ...paste.revealIds.map((id) => [id, "paste"] as const),
    ]);
    expect(await sendOrder(owner, 9)).toEqual(["big", "teammate", "paste", "teammate", "big", "teammate", "paste", "big", "big"]);
  });
});
