import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { endedSessions } from "@/db/schema";
import { endSession, SESSION_LIFETIME_MS, sessionEnded, sessionLive } from "@/lib/auth/ended-sessions";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("sessions signed out of", () => {
  it("are ended for good, each alone, and forgotten once they would have expired anyway", () => {
    const now = new Date("2026-11-28T09:00:00Z");
    endSession(app.db, "laptop", new Date("2026-11-28T12:00:00Z"), now);
    endSession(app.db, "laptop", new Date("2026-11-28T12:00:00Z"), now);
    expect(sessionEnded(app.db, "laptop")).toBe(true);
    expect(sessionEnded(app.db, "phone")).toBe(false);

    // Recorded a day later: the laptop's session has expired by then and is no longer kept.
    endSession(app.db, "tablet", new Date("2026-11-29T20:00:00Z"), new Date("2026-11-29T09:00:00Z"));
    expect(app.db.select().from(endedSessions).all().map((row) => row.sessionId)).toEqual(["tablet"]);
  });

  it("lets a session be used only from its sign-in for 12 hours, however often its cookie was re-signed, and not once signed out", () => {
    const signedInAt = Date.parse("2026-11-28T08:00:00Z");
    const at = (hours: number) => signedInAt + hours * 3_600_000;
    expect(sessionLive(app.db, { sessionId: "desk", signedInAt }, at(11.9))).toBe(true);
    // next-auth moves the cookie's expiry on every read; the sign-in time does not move.
    expect(sessionLive(app.db, { sessionId: "desk", signedInAt }, at(12.1))).toBe(false);
    // A cookie from before sessions had ids or a sign-in time is not honoured: one sign-in again.
    expect(sessionLive(app.db, { sessionId: null, signedInAt }, at(1))).toBe(false);
    expect(sessionLive(app.db, { sessionId: "desk", signedInAt: null }, at(1))).toBe(false);
    endSession(app.db, "desk", new Date(signedInAt + SESSION_LIFETIME_MS), new Date(at(2)));
    expect(sessionLive(app.db, { sessionId: "desk", signedInAt }, at(3))).toBe(false);
  });
});
