import { describe, expect, it } from "vitest";
import { revealStates } from "@/db/schema/reveals";
import { appendBatchPage, mergeBatchView } from "./merge-batch-view";
import type { BatchCounts, BatchRow, BatchView } from "./schemas";

function counts(partial: Partial<BatchCounts> = {}): BatchCounts {
  return { ...(Object.fromEntries(revealStates.map((state) => [state, 0])) as BatchCounts), ...partial };
}

function row(revealId: string, changes: Partial<BatchRow> = {}): BatchRow {
  return {
    revealId, state: "queued", ledger: null, firstName: null, lastName: null, company: null, linkedinUrl: `https://www.linkedin.com/in/${revealId}/`,
    personId: null, sourceRow: null, errorMessage: null, attempts: 0, credits: null, results: {}, ...changes,
  };
}

function view(rows: BatchRow[], changes: Partial<BatchView> = {}): BatchView {
  return {
    id: "batch-1", createdAt: 1_000, createdBy: "sdr 1", createdById: "user-1", source: "paste", fileName: null, name: null, pastedSummary: null, viaPartners: true, total: 3,
    approval: { state: "none", reason: null, decidedBy: null, decidedAt: null, withdrawn: false, note: null, resendable: 0, budgetNow: null }, stopped: null, retryableFailures: 0, retryEstimate: null, unansweredFailures: 0, rejectedFailures: 0, sentAgain: [], unansweredElsewhere: 0, unansweredElsewhereEstimate: null, sentAgainFrom: null, resendableUnfinished: 0, unfinishedEstimate: null, failedAndUnfinishedEstimate: null, resendEstimate: null,
    cost: { spent: 0, confirmed: 0, saved: 0, freeAnswers: 0, freeToCome: 0, byProvider: [], worstCase: 60, expected: 20 },
    counts: counts({ queued: rows.length }), sending: null, freeWithNumber: 0, providers: [], rows, cursor: 2_000, partial: false, more: null, ...changes,
  };
}

const previous = view([row("a"), row("b"), row("c")]);

describe("mergeBatchView", () => {
  it("takes a full answer as it is", () => {
    const full = view([row("a", { state: "found" })], { cursor: 3_000 });
    expect(mergeBatchView(previous, full)).toBe(full);
  });

  it("replaces the changed rows in place, keeps the batch order and takes the delta's counts, providers and cursor", () => {
    const found = row("c", { state: "found", credits: 15, results: { Wiza: { status: "found", numbers: [{ raw: "+1 415 555 0134", e164: "+14155550134", type: "mobile" }], charged: true } } });
    const cached = row("a", { state: "cached", credits: 0, ledger: { revealedBy: "sdr 2", at: 1_500, inFlight: false, withNumber: true, resentBy: null } });
    const delta = view([found, cached], { partial: true, cursor: 3_000, providers: ["Clodura", "Wiza"], counts: counts({ queued: 1, found: 1, cached: 1 }) });

    const merged = mergeBatchView(previous, delta);
    expect(merged.rows).toEqual([cached, previous.rows[1], found]);
    expect(merged.rows[1]).toBe(previous.rows[1]); // unchanged rows keep their identity (no re-render)
    expect(merged).toMatchObject({ partial: false, cursor: 3_000, providers: ["Clodura", "Wiza"], counts: delta.counts, total: 3 });
  });

  it("with no changed rows keeps every row and only moves the cursor, counts and providers", () => {
    const delta = view([], { partial: true, cursor: 4_000, providers: ["Clodura"], counts: counts({ awaiting: 3 }) });
    const merged = mergeBatchView(previous, delta);
    expect(merged.rows).toBe(previous.rows);
    expect(merged).toEqual({ ...previous, cursor: 4_000, providers: ["Clodura"], counts: delta.counts, partial: false });
  });

  it("does not modify the previous view", () => {
    const before = structuredClone(previous);
    mergeBatchView(previous, view([row("b", { state: "awaiting" })], { partial: true, cursor: 5_000 }));
    expect(previous).toEqual(before);
  });
});

describe("appendBatchPage", () => {
  it("adds the page's rows after the loaded ones and takes its next page; counts, cost and cursor stay the first page's", () => {
    const first = view([row("a"), row("b")], { cursor: 2_000, more: 2 });
    const appended = appendBatchPage(first, { rows: [row("c", { state: "found" })], more: null });
    expect(appended.rows.map((loaded) => loaded.revealId)).toEqual(["a", "b", "c"]);
    expect(appended).toEqual({ ...first, rows: [...first.rows, row("c", { state: "found" })], more: null });
  });
});
