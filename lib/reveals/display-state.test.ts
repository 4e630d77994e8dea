import { describe, expect, it } from "vitest";
import { revealStates, type RevealState } from "@/db/schema/reveals";
import { displayState } from "./display-state";

/** What a row attached to (or answered by) a teammate's reveal shows, by that reveal's state. */
const attachedShows: Record<RevealState, RevealState> = {
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

describe("displayState", () => {
  it.each(revealStates.filter((state) => state !== "cached"))("shows a reveal of its own (%s) as it is, whatever a source says", (own) => {
    expect(displayState(own, null)).toBe(own);
    for (const source of revealStates) expect(displayState(own, source)).toBe(own);
  });

  it("shows a ledger answer with no source row as cached", () => {
    expect(displayState("cached", null)).toBe("cached");
  });

  it.each(revealStates)("shows a cached row whose source is %s as the table says", (source) => {
    expect(displayState("cached", source)).toBe(attachedShows[source]);
  });

  it("only ever shows free answers as cached, never as found or not_found", () => {
    for (const source of revealStates) expect(["found", "not_found"]).not.toContain(displayState("cached", source));
  });
});
