import { describe, expect, it } from "vitest";
import { brokenLinkPage } from "./broken-link";

describe("brokenLinkPage", () => {
  it("says a path with an escape that is not UTF-8 is a broken link", () => {
    expect(brokenLinkPage("/batches/%E0%A4")).toContain("This link is broken");
    expect(brokenLinkPage("/people/%")).toContain("This link is broken");
  });

  it("lets a path that decodes through, escaped or not", () => {
    expect(brokenLinkPage("/batches/0199-abc")).toBeNull();
    expect(brokenLinkPage("/people/M%C3%BCller%20GmbH")).toBeNull();
  });
});
