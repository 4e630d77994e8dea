import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sandboxAnswersProblem } from "@/lib/server/sandbox-answers";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a database the sandbox simulator answered in", () => {
  it("is refused for a real key, naming DATABASE_URL and how many people's answers are made up; a fresh one is not", async () => {
    expect(sandboxAnswersProblem(app.db, "/data/app.db")).toBeNull();
    const sdr = app.createUser("sdr");
    await revealNow(app, submit(app.db, sdr, [entryFor(profileUrl("sandbox-data", { found: true }))]).revealIds);
    const problem = sandboxAnswersProblem(app.db, "/data/app.db");
    expect(problem).toMatch(/^DATABASE_URL: \/data\/app\.db holds answers made up by the sandbox simulator \(1 person\)\./);
    expect(problem).toContain("Start with a new DATABASE_URL");
  });
});
