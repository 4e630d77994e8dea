import { describe, expect, it } from "vitest";
import { noMatchText } from "./no-match-text";

describe("the words when no row matches", () => {
  it("name the filter or the search that hides the rows, and the button that brings them back", () => {
    expect(noMatchText({ state: "all", search: " acme " }, 0)).toEqual({ message: "No row matches “acme”.", clear: "Clear search", clears: "search" });
    expect(noMatchText({ state: "failed", search: "" }, 0)).toEqual({ message: "No row is under the “Failed” filter.", clear: "Clear filter", clears: "filter" });
    expect(noMatchText({ state: "found", search: "acme" }, 0)).toEqual({ message: "No row under the “Found” filter matches “acme”.", clear: "Clear filter and search", clears: "both" });
  });

  it("say how many rows of other states the search matches, and show them keeping the search", () => {
    expect(noMatchText({ state: "failed", search: "acme" }, 1)).toMatchObject({ clear: "Show it", clears: "filter" });
    expect(noMatchText({ state: "failed", search: "acme" }, 3)).toMatchObject({ clear: "Show the 3", clears: "filter" });
    expect(noMatchText({ state: "cached", search: "acme" }, 1).message).toBe("No row under the “Free (ledger)” filter matches “acme”. 1 row in another state does.");
    expect(noMatchText({ state: "found", search: "acme" }, 1_200).message).toBe("No row under the “Found” filter matches “acme”. 1,200 rows in other states do.");
  });
});
