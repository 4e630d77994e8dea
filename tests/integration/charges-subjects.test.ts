import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nameChargesSubjects } from "@/lib/credits/charges-subjects";
import { renameBatch } from "@/lib/reveals/rename-batch";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("the names over a drill-down's charges", () => {
  it("are the SDR's and the list's as they are now, whatever a link called them", () => {
    const [sdr, manager] = [app.createUser("sdr"), app.createUser("manager")];
    const { batchId } = app.createBatchFor(sdr, ["https://www.linkedin.com/in/drill-subject/"]);
    renameBatch(app.db, batchId, sdr, "Webinar leads");
    expect(nameChargesSubjects(app.db, manager, { userId: sdr.id, batchId })).toEqual({ user: sdr.name, batch: "Webinar leads" });
    renameBatch(app.db, batchId, sdr, "Webinar leads, day 2");
    expect(nameChargesSubjects(app.db, manager, { userId: null, batchId }).batch).toBe("Webinar leads, day 2");
  });

  it("name nothing that is not there, nor another SDR's list to an SDR", () => {
    const [sdr, other] = [app.createUser("sdr"), app.createUser("sdr")];
    const { batchId } = app.createBatchFor(other, ["https://www.linkedin.com/in/drill-other/"]);
    expect(nameChargesSubjects(app.db, sdr, { userId: sdr.id, batchId })).toEqual({ user: sdr.name, batch: null });
    expect(nameChargesSubjects(app.db, other, { userId: other.id, batchId }).batch).toBe("Pasted list");
    expect(nameChargesSubjects(app.db, other, { userId: "no-such-user", batchId: "no-such-batch" })).toEqual({ user: null, batch: null });
    expect(nameChargesSubjects(app.db, other, { userId: null, batchId: null })).toEqual({ user: null, batch: null });
  });
});
