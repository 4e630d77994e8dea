import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setBudget } from "@/lib/credits/budgets";
import { batchLabel } from "@/lib/reveals/batch-label";
import { exportBatchCsv } from "@/lib/reveals/export-batch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { parseImportRequest, revealImportedRows } from "@/lib/reveals/import-rows";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { listBatches } from "@/lib/reveals/list-batches";
import { renameBatch, renameBatchSchema } from "@/lib/reveals/rename-batch";
import { revealPastedProfiles } from "@/lib/reveals/reveal-pasted";
import { createRevealsRequestSchema } from "@/lib/reveals/schemas";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const paste = (name?: string) => createRevealsRequestSchema.parse({ text: "https://www.linkedin.com/in/named-list-person/", name });

describe("naming a batch", () => {
  it("keeps the name typed with a paste, trimmed, and shows it in the list, the batch and the approvals", async () => {
    const [sdr, manager] = [app.createUser("sdr"), app.createUser("manager")];
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, 1);
    const { batchId } = await revealPastedProfiles(app.db, sdr, paste("  Acme Q4 webinar  "));
    expect(listBatches(app.db, sdr)[0]).toMatchObject({ id: batchId, name: "Acme Q4 webinar" });
    expect(getBatchView(app.db, batchId, sdr).name).toBe("Acme Q4 webinar");
    expect(listPendingApprovals(app.db)[0]).toMatchObject({ batchId, name: "Acme Q4 webinar" });

    const unnamed = await revealPastedProfiles(app.db, sdr, paste("   "));
    expect(getBatchView(app.db, unnamed.batchId, sdr).name).toBeNull();
  });

  it("keeps a name given with an upload; without one the file name labels the batch", async () => {
    const sdr = app.createUser("sdr");
    const upload = (name?: string) => parseImportRequest({ fileName: "leads.csv", name, rows: [{ row: 2, linkedinUrl: "https://www.linkedin.com/in/named-upload/" }] });
    const named = await revealImportedRows(app.db, sdr, await upload(" Q4 leads "));
    expect(getBatchView(app.db, named.batchId, sdr)).toMatchObject({ name: "Q4 leads", fileName: "leads.csv" });
    const unnamed = await revealImportedRows(app.db, sdr, await upload());
    expect(batchLabel(getBatchView(app.db, unnamed.batchId, sdr))).toBe("leads.csv");
  });

  it("renames for the batch's SDR or a manager, and an empty name falls back to the file name or the source", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const { batchId } = await revealPastedProfiles(app.db, sam, paste());
    expect(renameBatch(app.db, batchId, sam, "Conference leads")).toEqual({ name: "Conference leads" });
    expect(() => renameBatch(app.db, batchId, jordan, "Mine now")).toThrow("This batch does not exist or belongs to someone else.");
    // A manager sees every batch: one they cannot find is not there at all.
    expect(() => renameBatch(app.db, "no-such-batch", manager, "Mine now")).toThrow("There is no such batch: check the link, or find the list on Batches.");
    renameBatch(app.db, batchId, manager, renameBatchSchema.parse({ name: " " }).name);
    const view = getBatchView(app.db, batchId, sam);
    expect(view.name).toBeNull();
    expect(batchLabel(view)).toBe("Pasted: named-list-person");
    expect(batchLabel({ name: null, fileName: "leads.csv", source: "csv", pastedSummary: null })).toBe("leads.csv");
    expect(batchLabel({ name: "Named", fileName: "leads.csv", source: "csv", pastedSummary: null })).toBe("Named");
    // A paste made before its first profiles were kept.
    expect(batchLabel({ name: null, fileName: null, source: "paste", pastedSummary: null })).toBe("Pasted list");
    expect(renameBatchSchema.safeParse({ name: "x".repeat(121) }).error?.issues[0]?.message).toBe("A list name is at most 120 characters.");
  });

  it("calls an unnamed paste by its first profiles on Batches, the batch page, Approvals and Credits", async () => {
    const [sdr, manager] = [app.createUser("sdr"), app.createUser("manager")];
    setBudget(app.db, manager.id, { subject: sdr.id, period: "month" }, 1);
    const text = ["https://www.linkedin.com/in/ana-lopez/", "https://www.linkedin.com/in/ben-wu-42/", "https://www.linkedin.com/in/cy-ng/", "1234567890123"].join("\n");
    const { batchId } = await revealPastedProfiles(app.db, sdr, createRevealsRequestSchema.parse({ text }));
    const label = "Pasted: ana-lopez, ben-wu-42 and 2 more";
    expect(batchLabel(listBatches(app.db, sdr)[0]!)).toBe(label);
    expect(batchLabel(getBatchView(app.db, batchId, sdr))).toBe(label);
    expect(listPendingApprovals(app.db)[0]).toMatchObject({ batchId, name: label });
    expect(listBatches(app.db, sdr, { search: "BEN-WU" }).map((batch) => batch.id)).toEqual([batchId]);
    const { fileName } = exportBatchCsv(app.db, batchId, sdr);
    expect(fileName).toMatch(new RegExp(`^reveal-desk-pasted-ana-lopez-ben-wu-42-and-2-more-\\d{4}-\\d{2}-\\d{2}-${batchId.slice(-8)}\\.csv$`));
  });

  it("cuts a long name at a word's end in the file name, and spells ł or ø as l or o", async () => {
    const sdr = app.createUser("sdr");
    const long = await revealPastedProfiles(app.db, sdr, paste("Łukasz Øvergaard webinar leads from the Dreamforce booth, day two"));
    expect(exportBatchCsv(app.db, long.batchId, sdr).fileName).toMatch(/^reveal-desk-lukasz-overgaard-webinar-leads-from-the-\d{4}-/);
  });

  it("puts the name into the export's file name, as ASCII letters and digits only", async () => {
    const sdr = app.createUser("sdr");
    const { batchId } = await revealPastedProfiles(app.db, sdr, paste('Acme Q4 — "Webinar" résumé\r\nX: y'));
    const { fileName } = exportBatchCsv(app.db, batchId, sdr);
    expect(fileName).toMatch(new RegExp(`^reveal-desk-acme-q4-webinar-resume-x-y-\\d{4}-\\d{2}-\\d{2}-${batchId.slice(-8)}\\.csv$`));
  });
});

describe("searching the list of batches", () => {
  it("finds a list by part of its name, file name or sender, case-insensitively, within what the viewer may see", async () => {
    const [sam, jordan, manager] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const webinar = await revealPastedProfiles(app.db, sam, paste("Acme Q4 webinar"));
    const percent = await revealPastedProfiles(app.db, sam, paste("100% match_list"));
    const unnamed = await revealPastedProfiles(app.db, sam, paste());
    const upload = await revealImportedRows(app.db, jordan, await parseImportRequest({ fileName: "dreamforce-booth.csv", rows: [{ row: 2, linkedinUrl: "https://www.linkedin.com/in/search-upload/" }] }));
    const found = (viewer: typeof sam, search: string) => listBatches(app.db, viewer, { search }).map((batch) => batch.id);

    expect(found(sam, "q4 WEB")).toEqual([webinar.batchId]);
    expect(found(manager, "dreamforce")).toEqual([upload.batchId]);
    expect(found(manager, jordan.name)).toEqual([upload.batchId]);
    expect(found(sam, "pasted")).toEqual([unnamed.batchId]);
    // Whatever the accents, as People's search.
    const accented = await revealPastedProfiles(app.db, sam, paste("José's Zürich list"));
    expect(found(sam, "jose's zurich")).toEqual([accented.batchId]);
    expect(found(sam, "ZÜRICH")).toEqual([accented.batchId]);
    expect(found(sam, "zuerich")).toEqual([accented.batchId]);
    // % and _ are the characters typed, not wildcards.
    expect(found(sam, "0% m")).toEqual([percent.batchId]);
    expect(found(sam, "%")).toEqual([percent.batchId]);
    expect(found(sam, "h_l")).toEqual([percent.batchId]);
    expect(found(sam, "a_q")).toEqual([]);
    // An SDR searches only their own lists; blank search is the whole list.
    expect(found(sam, "dreamforce")).toEqual([]);
    expect(found(sam, "   ")).toHaveLength(4);
    // A manager sees the team's lists, or only their own when asked.
    expect(listBatches(app.db, manager).map((batch) => batch.id)).toHaveLength(5);
    expect(listBatches(app.db, manager, { onlyMine: true })).toEqual([]);
    expect(listBatches(app.db, sam, { onlyMine: true })).toHaveLength(4);
    expect(listBatches(app.db, manager)[0]).toMatchObject({ mine: false });
    expect(listBatches(app.db, sam)[0]).toMatchObject({ mine: true });
  });
});
