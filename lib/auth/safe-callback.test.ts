import { describe, expect, it } from "vitest";
import { pathOnSite, safeCallbackPath } from "./safe-callback";

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

  it("reads an absolute callbackUrl (next-auth's redirect) as its path only when it is on this site", () => {
    const site = "http://localhost:3000";
    expect(pathOnSite("http://localhost:3000/batches/b1?state=found", site)).toBe("/batches/b1?state=found");
    expect(pathOnSite("/people", site)).toBe("/people");
    for (const away of ["http://localhost:3000.evil.example/", "https://evil.example/", "http://localhost:3001/people", "not a url", ""]) {
      expect(safeCallbackPath(pathOnSite(away, site)), away).toBe("/reveal");
    }
  });
});
