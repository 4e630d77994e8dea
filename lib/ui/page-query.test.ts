import { describe, expect, it } from "vitest";
import { pageQuery } from "./page-query";

describe("a page's query", () => {
  it("keeps the keys given once and leaves out a key given twice", () => {
    expect(pageQuery({ state: "found", q: ["a", "b"], none: undefined }).toString()).toBe("state=found");
  });
});
