import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { reveals } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { applyDeliveredBody } from "@/lib/reveals/apply-delivery";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { TRACK_404_SPAN_MS } from "@/lib/reveals/track-not-found-streak";
import { multiPayload, postJson, sandboxRequestOf } from "./inspect";
import { entryFor, submit } from "./reveal-flow";
import type { TestApp } from "./test-app";

/** One provider's answers, as a webhook lists them. */
export type Answer = Parameters<typeof multiPayload>[1];
export type Sent = { revealId: string; batchId: string; url: string; webhookUrl: string; trackingId: string };

export const notFoundEverywhere: Answer = { Clodura: { status: "notFound" }, SignalHire: { status: "notFound" }, Findymail: { status: "notFound" } };
export const ranOutAtEnrichlayer: Answer = { Clodura: { status: "notFound" }, Enrichlayer: { status: "Insufficient Credits" } };
export const foundByFindymail: Answer = { Clodura: { status: "notFound" }, SignalHire: { status: "notFound" }, Findymail: { mobile: ["+1439-570-0805"], status: "found" } };

/** People the sandbox accepts but never calls back for, sent with the clock at `at`: the test answers them itself. */
export async function sendAt(app: TestApp, user: SessionUser, slugs: string[], at: number, options: { viaPartners?: boolean } = {}): Promise<Sent[]> {
  const urls = slugs.map((slug) => `https://www.linkedin.com/in/${slug}-sandbox-no-webhook/`);
  const { batchId, revealIds } = submit(app.db, user, urls.map((url) => entryFor(url)), { now: new Date(at), ...options });
  expect(await app.dispatchAll({ now: () => at })).toEqual(urls.map(() => "sent"));
  return revealIds.map((revealId, index) => {
    const request = sandboxRequestOf(app.db, revealId);
    return { revealId, batchId, url: urls[index]!, webhookUrl: request.webhookUrl!, trackingId: request.trackingId };
  });
}

/** Applies an answer as if it had been delivered at `at`. */
export function answerAt(app: TestApp, sent: Sent, answer: Answer, at: number): void {
  expect(applyDeliveredBody(app.db, sent.revealId, JSON.stringify(multiPayload(sent.trackingId, answer)), new Date(at))).toEqual({ outcome: "applied" });
}

/** Posts an answer to the reveal's webhook over HTTP, now; resolves to the app's JSON reply. */
export async function deliver(sent: Sent, answer: Answer): Promise<unknown> {
  return (await postJson(sent.webhookUrl, multiPayload(sent.trackingId, answer))).json();
}

/** Clodura's track endpoint does not know the id (yet): 404, believed once it has repeated over the window ending at `at`. */
export async function closeByTrack404(app: TestApp, sent: Sent, at: number): Promise<void> {
  app.db.update(reveals).set({ trackingId: "000000000000000000000000" }).where(eq(reveals.id, sent.revealId)).run();
  for (const before of [TRACK_404_SPAN_MS, TRACK_404_SPAN_MS / 2]) expect(await reconcileDue(app.db, { client: app.client, now: () => at - before })).toBe(0);
  expect(await reconcileDue(app.db, { client: app.client, now: () => at })).toBe(1);
}
