import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { endedSessions } from "@/db/schema";
import { endSession, sessionEnded } from "@/lib/auth/ended-sessions";
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
});
