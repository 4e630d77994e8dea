import { describe, expect, it } from "vitest";
import { doneAnnouncement, progressAnnouncement } from "./progress-announcement";

describe("what a screen reader hears of a list's progress", () => {
  it("counts a whole list against its length", () => {
    expect(progressAnnouncement({ answered: 40, total: 150, found: 30, notSent: 0 })).toBe("40 of 150 done, 30 found.");
    expect(doneAnnouncement({ answered: 150, total: 150, found: 120, notSent: 0 })).toBe("Done: 120 of 150 found.");
  });

  it("counts a stopped list against the people it sent, and says how many were not sent", () => {
    expect(progressAnnouncement({ answered: 33, total: 150, found: 20, notSent: 84 })).toBe("33 of 66 done, 20 found.");
    expect(doneAnnouncement({ answered: 66, total: 150, found: 51, notSent: 84 })).toBe("Done: 51 of 66 found. 84 not sent.");
    expect(doneAnnouncement({ answered: 0, total: 150, found: 0, notSent: 150 })).toBe("Done: none of the 150 was sent.");
  });
});
