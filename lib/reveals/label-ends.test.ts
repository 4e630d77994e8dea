import { describe, expect, it } from "vitest";
import { labelEnds } from "./label-ends";

describe("a list's name cut to keep its end", () => {
  it("keeps a bracketed suffix whole, so a list sent again is told from the first", () => {
    expect(labelEnds("SaaStr booth scans, day one and two (sent again)")).toEqual({ head: "SaaStr booth scans, day one and two", tail: " (sent again)" });
  });

  it("keeps the last word of a long name, or its last characters when the word is long", () => {
    expect(labelEnds("Q4 enterprise webinar attendees, wave two")).toEqual({ head: "Q4 enterprise webinar attendees, wave", tail: " two" });
    expect(labelEnds("apollo-export-2024-10-03-final-EMEA.csv")).toEqual({ head: "apollo-export-2024-10-0", tail: "3-final-EMEA.csv" });
  });

  it("leaves a short name whole, and always gives back the whole name in two parts", () => {
    expect(labelEnds("Berlin (sent again)")).toEqual({ head: "Berlin (sent again)", tail: "" });
    for (const name of ["Pasted: ana-lopez, ben-wu and 3 more", "x".repeat(120), "a (b) c (d e)"]) {
      const { head, tail } = labelEnds(name);
      expect(head + tail).toBe(name);
    }
  });
});
