import { describe, expect, it } from "vitest";
import { phoneSearchDigits } from "./search-digits";

describe("a search for a phone number", () => {
  it("stands for the number's E.164 digits, however it was typed", () => {
    expect(phoneSearchDigits("+1 646 555 0184")).toBe("16465550184");
    expect(phoneSearchDigits("(646) 555-0184")).toBe("6465550184");
    expect(phoneSearchDigits("+44 (0)20 7946 0958")).toBe("442079460958");
    expect(phoneSearchDigits("020 7946 0958")).toBe("2079460958");
    expect(phoneSearchDigits("0044 20 7946 0958")).toBe("442079460958");
  });

  it("is no phone number with letters in it, or fewer than 6 digits", () => {
    expect(phoneSearchDigits("acme 2026")).toBeNull();
    expect(phoneSearchDigits("555-01")).toBeNull();
    expect(phoneSearchDigits("12345")).toBeNull();
  });
});
