import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("the page to open after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeCallbackPath("/batches/abc?state=failed")).toBe("/batches/abc?state=failed");
    expect(safeCallbackPath("/people#top")).toBe("/people#top");
  });

  it("opens the reveal page for a path whose dot segments fold into another site's address", () => {
    for (const escape of ["/.//evil.example/phish", "/a/..//evil.example", "/%2e//evil.example", "/./\\evil.example", "/.///evil.example"]) {
      expect(safeCallbackPath(escape), escape).toBe("/reveal");
    }
    expect(safeCallbackPath("/batches/../people")).toBe("/people");
  });

  it("opens the reveal page for anything that would leave the site, or nothing", () => {
    for (const escape of ["//evil.example/phish", "/\\evil.example/phish", "/\t/evil.example", "/\n/evil.example", "https://evil.example/", "javascript:alert(1)", "", undefined]) {
      expect(safeCallbackPath(escape)).toBe("/reveal");
    }
  });
});
