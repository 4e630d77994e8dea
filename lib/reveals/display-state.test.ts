import { describe, expect, it } from "vitest";
import { revealStates, type RevealState } from "@/db/schema/reveals";
import { displayState, displayStateLabels, displayStates, type DisplayState } from "./display-state";
import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { RAN_OUT_MESSAGE, RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";
import { stateFilters } from "./batch-filter";
import { TRACK_NOT_FOUND } from "./state-machine";

/** What a row attached to (or answered by) a teammate's reveal shows, by that reveal's state. */
const attachedShows: Record<RevealState, DisplayState> = {
  held: "held",
  queued: "queued",
  dispatching: "dispatching",
  awaiting: "awaiting",
  found: "cached",
  not_found: "cached",
  cached: "cached",
  failed: "failed",
  cancelled: "cancelled",
};

const plain = (state: RevealState) => ({ state, errorCode: null });
const ranOut = { state: "not_found", errorCode: RAN_OUT_OF_CREDITS } as const;

describe("displayState", () => {
  // Only a row attached to a reveal follows it: a ledger answer, or a failure or cancelled row another sent again.
  const attachable: RevealState[] = ["cached", "failed", "cancelled"];

  it.each(revealStates.filter((state) => !attachable.includes(state)))("shows a reveal of its own (%s) as it is, whatever a source says", (own) => {
    expect(displayState(plain(own), null)).toBe(own);
    for (const source of revealStates) expect(displayState(plain(own), plain(source))).toBe(own);
    expect(displayState(plain(own), ranOut)).toBe(own);
  });

  it.each(["failed", "cancelled", "cached"] as const)("shows a %s row another sent again as the answer their list paid for, not as a free one", (own) => {
    const resent = { state: own, errorCode: "retried", resentByAnother: true };
    expect(displayState(resent, plain("found"))).toBe("found");
    expect(displayState(resent, plain("not_found"))).toBe("not_found");
    expect(displayState(resent, ranOut)).toBe("unfinished");
    expect(displayState(resent, plain("queued"))).toBe("queued");
  });

  it.each(["failed", "cancelled"] as const)("shows a %s row with no source as it is, and one sent again by another as its new reveal", (own) => {
    expect(displayState(plain(own), null)).toBe(own);
    for (const source of revealStates) expect(displayState({ state: own, errorCode: "retried" }, plain(source))).toBe(attachedShows[source]);
    expect(displayState(plain(own), ranOut)).toBe("unfinished");
  });

  it("shows a ledger answer with no source row as cached", () => {
    expect(displayState(plain("cached"), null)).toBe("cached");
  });

  it.each(revealStates)("shows a cached row whose source is %s as the table says", (source) => {
    expect(displayState(plain("cached"), plain(source))).toBe(attachedShows[source]);
  });

  it("only ever shows free answers as cached, never as found or not_found", () => {
    for (const source of revealStates) expect(["found", "not_found"]).not.toContain(displayState(plain("cached"), plain(source)));
  });

  it('shows a "not found" cut short by Clodura\'s credits as unfinished, its own or the one it is attached to', () => {
    expect(displayState(ranOut, null)).toBe("unfinished");
    expect(displayState(plain("cached"), ranOut)).toBe("unfinished");
  });

  it("keeps every other not_found a not_found, whatever its error code", () => {
    for (const errorCode of [FOUND_WITHOUT_NUMBER, TRACK_NOT_FOUND, "something_new"]) {
      expect(displayState({ state: "not_found", errorCode }, null)).toBe("not_found");
      expect(displayState(plain("cached"), { state: "not_found", errorCode })).toBe("cached");
    }
    expect(displayState({ state: "failed", errorCode: RAN_OUT_OF_CREDITS }, null)).toBe("failed");
  });
});

describe("what an unfinished row is called", () => {
  it("is one word on the chip, the filter and (in lower case) the export, and the note says why", () => {
    expect(displayStateLabels.unfinished).toBe("Unfinished");
    expect(stateFilters.unfinished).toMatchObject({ label: "Unfinished", states: ["unfinished"], file: "unfinished" });
    expect(RAN_OUT_MESSAGE).toContain('not a real "not found"');
  });

  it("is counted under its own chip only, never under Not found", () => {
    const counting = Object.entries(stateFilters).filter(([, chip]) => chip.states?.some((state) => state === "unfinished"));
    expect(counting.map(([key]) => key)).toEqual(["unfinished"]);
  });

  it("gives every state a label, and every state a chip that counts it", () => {
    for (const state of displayStates) expect(displayStateLabels[state]).toMatch(/^[A-Z]/);
    const chipped = new Set(Object.values(stateFilters).flatMap((chip) => chip.states ?? []));
    expect(displayStates.filter((state) => !chipped.has(state))).toEqual([]);
  });
});
