import { describe, expect, it } from "vitest";
import { toPhoneNumber } from "./format-phone";

describe("toPhoneNumber", () => {
  it.each([
    ["+11099773515", "+11099773515", "+1 1099773515"],
    ["+1439-570-0805", "+14395700805", "+1 439 570 0805"], // not a "valid" NANP range, still normalised
    ["+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"],
    ["  +91 98765 43210 ", "+919876543210", "+91 98765 43210"],
    ["+1 (415) 555-2671 ext. 12", "+14155552671", "+1 415 555 2671 ext. 12"],
  ])("normalises %s to %s, groups it as %s and keeps the raw text", (raw, e164, international) => {
    expect(toPhoneNumber(raw, "mobile")).toEqual({ raw, e164, international, type: "mobile" });
  });

  it.each(["", "abc", "12345", "+1", "(415) 555-2671", "+999123456"])("gives e164 null for %j", (raw) => {
    expect(toPhoneNumber(raw, "direct")).toEqual({ raw, e164: null, type: "direct" });
  });
});
