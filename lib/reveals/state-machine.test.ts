import { describe, expect, it } from "vitest";
import { revealStates, type RevealState } from "@/db/schema/reveals";
import { canTransition, finalStates, isFinal, statesLeadingTo, takesLateAnswer } from "./state-machine";

/** The life of a reveal (DESIGN.md), written out edge by edge. */
const expected: Record<RevealState, RevealState[]> = {
  held: ["queued", "cached", "cancelled"],
  queued: ["dispatching", "awaiting", "found", "not_found", "cached", "cancelled"],
  dispatching: ["awaiting", "queued", "found", "not_found", "failed"],
  awaiting: ["found", "not_found", "failed"],
  found: [],
  not_found: [],
  failed: [],
  cached: [],
  cancelled: [],
};

describe("reveal state machine", () => {
  it("names exactly the five final states", () => {
    expect([...finalStates].sort()).toEqual(["cached", "cancelled", "failed", "found", "not_found"]);
    for (const state of revealStates) expect(isFinal(state)).toBe(finalStates.includes(state));
  });

  it("lets no final state move anywhere, not even to itself", () => {
    for (const from of finalStates) {
      for (const to of revealStates) expect(canTransition(from, to), `${from} → ${to}`).toBe(false);
    }
  });

  it.each(revealStates.flatMap((from) => revealStates.map((to) => [from, to] as const)))("%s → %s follows the table", (from, to) => {
    expect(canTransition(from, to)).toBe(expected[from].includes(to));
  });

  it("never goes back to queued once Clodura may have the request", () => {
    // held → queued is a manager's approval: nothing was sent yet. dispatching → queued is a send that never left.
    expect(statesLeadingTo("queued")).toEqual(["held", "dispatching"]);
    expect(canTransition("awaiting", "queued")).toBe(false);
    expect(canTransition("awaiting", "dispatching")).toBe(false);
  });

  it("lists the states a transition may start from, for guarded UPDATEs", () => {
    expect(statesLeadingTo("found")).toEqual(["queued", "dispatching", "awaiting"]);
    expect(statesLeadingTo("not_found")).toEqual(["queued", "dispatching", "awaiting"]);
    expect(statesLeadingTo("failed")).toEqual(["dispatching", "awaiting"]);
    expect(statesLeadingTo("awaiting")).toEqual(["queued", "dispatching"]);
    expect(statesLeadingTo("dispatching")).toEqual(["queued"]);
    expect(statesLeadingTo("cancelled")).toEqual(["held", "queued"]);
    expect(statesLeadingTo("cached")).toEqual(["held", "queued"]);
  });

  const uncharged = { charged: null, withNumber: false };
  const emptyFound = { charged: "SignalHire", withNumber: false };
  const withNumber = { charged: "SignalHire", withNumber: true };

  it("takes a late answer only for a failure Clodura may have had the request for", () => {
    for (const answer of [uncharged, emptyFound, withNumber]) {
      for (const errorCode of ["no_result", "retries_exhausted", "retried"]) expect(takesLateAnswer({ state: "failed", errorCode }, answer)).toBe(true);
      for (const errorCode of ["clodura_422", "clodura_400", null]) expect(takesLateAnswer({ state: "failed", errorCode }, answer)).toBe(false);
      expect(takesLateAnswer({ state: "cancelled", errorCode: "retried" }, answer)).toBe(false);
      expect(takesLateAnswer({ state: "not_found", errorCode: "track_not_found" }, answer)).toBe(true);
      expect(takesLateAnswer({ state: "found", errorCode: "track_not_found" }, answer)).toBe(false);
      expect(takesLateAnswer({ state: "found", errorCode: null }, answer)).toBe(false);
    }
  });

  it("lets an answer Clodura charged for (with a number or without) replace a not found nothing was charged for, and nothing else replace it", () => {
    for (const answer of [emptyFound, withNumber]) {
      for (const errorCode of [null, "track_not_found", "insufficient_credits"]) expect(takesLateAnswer({ state: "not_found", errorCode }, answer)).toBe(true);
      expect(takesLateAnswer({ state: "cached", errorCode: null }, answer)).toBe(false);
    }
    for (const errorCode of [null, "insufficient_credits"]) expect(takesLateAnswer({ state: "not_found", errorCode }, uncharged)).toBe(false);
  });

  it("lets only a number from the provider charged for it replace a found without a number", () => {
    const emptyFoundReveal = { state: "not_found", errorCode: "found_without_number", chargedBy: "SignalHire" } as const;
    expect(takesLateAnswer(emptyFoundReveal, withNumber)).toBe(true);
    for (const answer of [uncharged, emptyFound, { charged: "Findymail", withNumber: true }]) expect(takesLateAnswer(emptyFoundReveal, answer)).toBe(false);
  });
});
