import { describe, expect, it } from "vitest";
import { peopleFilterQuery, readPeopleFilter } from "./people-filter-link";

describe("People's filter in its link", () => {
  it("writes only what narrows, and reads it back", () => {
    expect(peopleFilterQuery({ search: "", outcome: "all", by: "" })).toBe("");
    const query = peopleFilterQuery({ search: " acme ", outcome: "found", by: "me" });
    expect(query).toBe("?search=acme&outcome=found&by=me");
    expect(readPeopleFilter(new URLSearchParams(query))).toEqual({ search: "acme", outcome: "found", by: "me" });
  });

  it("leaves out what is not a filter: an unknown outcome, an overlong search or person", () => {
    expect(readPeopleFilter(new URLSearchParams("outcome=maybe&by=" + "x".repeat(65) + "&search=" + "a".repeat(300)))).toEqual({ search: "a".repeat(200), outcome: "all", by: "" });
    expect(readPeopleFilter(new URLSearchParams(""))).toEqual({ search: "", outcome: "all", by: "" });
  });
});
