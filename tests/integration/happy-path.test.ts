import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findProfileUrl } from "@/lib/clodura/sandbox/test-support";
import { setSetting } from "@/lib/settings/settings";
import { contactOf, eventsOf, isSettled, providerRowsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

const E164 = /^\+[1-9]\d{7,14}$/;
let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a batch revealed end to end through the sandbox over real HTTP", () => {
  it("dispatches three people, receives their webhooks and stores every result", async () => {
    const { db } = app;
    const urls = [
      findProfileUrl({ found: true, viaPartners: true, prefix: "happy-a" }),
      findProfileUrl({ found: false, viaPartners: true, prefix: "happy-b" }),
      findProfileUrl({ found: true, viaPartners: true, prefix: "happy-c" }),
    ];
    const sdr = app.createUser("sdr");
    const { revealIds } = app.createBatchFor(sdr, urls);
    expect(revealIds.map((id) => revealRow(db, id).state)).toEqual(["queued", "queued", "queued"]);

    expect(await app.dispatchAll()).toEqual(["sent", "sent", "sent"]);
    for (const id of revealIds) {
      expect(revealRow(db, id)).toMatchObject({ state: "awaiting", attempts: 1, trackingId: expect.stringMatching(/^[0-9a-f]{24}$/) });
      expect(eventsOf(db, id, "match")).toHaveLength(1);
    }

    // No shortcut here: the sandbox's own courier delivers on its schedule (0.3–1.5 s).
    await waitFor(() => revealIds.every((id) => isSettled(db, id)), 5_000, "all three webhooks");
    expect(revealIds.map((id) => revealRow(db, id).state)).toEqual(["found", "not_found", "found"]);

    for (const id of revealIds) {
      const reveal = revealRow(db, id);
      const request = sandboxRequestOf(db, id);
      const [event, ...others] = eventsOf(db, id, "webhook");
      // The raw body is kept verbatim, before (or with) the outcome that applied it.
      expect(others).toEqual([]);
      expect(event).toMatchObject({ outcome: "applied", body: JSON.stringify(request.payload), detail: null });
      expect(event?.headers["user-agent"]).toBe("Clodura-Sandbox/1.0");
      expect(event!.receivedAt.getTime()).toBeLessThanOrEqual(reveal.completedAt!.getTime());

      const payload = request.payload as { people: [{ phoneNumbers: Record<string, unknown> }] };
      const rows = providerRowsOf(db, id);
      expect(rows.map((row) => row.provider)).toEqual(Object.keys(payload.people[0].phoneNumbers));
      const charged = rows.filter((row) => row.charged);
      if (reveal.state === "found") {
        expect(charged).toHaveLength(1);
        expect(charged[0]?.status).toBe("found");
        expect(charged[0]?.numbers.length).toBeGreaterThan(0);
        for (const number of charged[0]?.numbers ?? []) {
          expect(number.e164).toMatch(E164);
          expect(event?.body).toContain(JSON.stringify(number.raw));
        }
      } else {
        expect(charged).toEqual([]);
        expect(rows.every((row) => row.status === "notFound" && row.numbers.length === 0)).toBe(true);
      }
    }
  });

  it("stores Clodura's 19-digit personId as the exact string it sent, beyond 2^53", async () => {
    const url = findProfileUrl({ found: true, viaPartners: true, prefix: "person-id" });
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), [url]);
    await app.dispatchAll();
    const [revealId] = revealIds as [string];
    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, revealId), 5_000, "the webhook");

    const body = eventsOf(app.db, revealId, "webhook")[0]?.body ?? "";
    const sent = /"personId":"(\d+)"/.exec(body)?.[1];
    expect(sent).toMatch(/^\d{19}$/);
    const contact = contactOf(app.db, revealId);
    expect(contact?.personId).toBe(sent);
    expect(BigInt(contact?.personId ?? "0") > 2n ** 53n).toBe(true);
    const person = (sandboxRequestOf(app.db, revealId).payload as { people: [{ firstName: string; lastName: string }] }).people[0];
    expect(contact).toMatchObject({ firstName: person.firstName, lastName: person.lastName });
  });

  it("matches a Standard-form webhook (no trackingId) to its reveal by the URL's token", async () => {
    setSetting(app.db, "plan", "prospect");
    const url = findProfileUrl({ found: true, viaPartners: true, prefix: "standard" });
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), [url]);
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const [revealId] = revealIds as [string];
    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, revealId), 5_000, "the Standard-form webhook");

    const payload = sandboxRequestOf(app.db, revealId).payload as { phoneNumbers: { raw_number: string }[] };
    expect(payload).not.toHaveProperty("trackingId");
    expect(revealRow(app.db, revealId).state).toBe("found");
    expect(eventsOf(app.db, revealId, "webhook").map((event) => event.outcome)).toEqual(["applied"]);
    const numbers = providerRowsOf(app.db, revealId).flatMap((row) => row.numbers);
    expect(numbers.map((number) => number.raw)).toEqual(payload.phoneNumbers.map((phone) => phone.raw_number));
    for (const number of numbers) expect(number.e164).toMatch(E164);
  });
});
