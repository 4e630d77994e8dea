import { describe, expect, it } from "vitest";
import { sentAgainWords } from "./sent-again-words";

const none = { failed: 0, unfinished: 0, cancelled: 0 };

describe("what a list says went to a new batch", () => {
  it("names each kind of row sent again", () => {
    expect(sentAgainWords({ ...none, people: 2, failed: 1, unfinished: 1 })).toBe("1 failed and 1 unfinished");
    expect(sentAgainWords({ ...none, people: 1_084, cancelled: 1_084 })).toBe("1,084 cancelled");
    expect(sentAgainWords({ people: 6, failed: 1, unfinished: 2, cancelled: 3 })).toBe("1 failed, 2 unfinished and 3 cancelled");
  });

  it("counts rows answered late since apart, and people when no row is any of those kinds now", () => {
    expect(sentAgainWords({ ...none, people: 3, failed: 2 })).toBe("2 failed and 1 more");
    expect(sentAgainWords({ ...none, people: 1 })).toBe("1 person");
  });
});
