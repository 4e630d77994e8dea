import { describe, expect, it } from "vitest";
import { fitPeopleFilterTo, peopleFilterQuery, readPeopleFilter } from "./people-filter-link";

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

describe("People's filter in a link someone else wrote", () => {
  const filter = { search: "acme", outcome: "found", by: "u-jordan" } as const;
  const knows = (userId: string) => ["u-sam", "u-jordan", "u-morgan"].includes(userId);

  it("opens an SDR's view on everyone's people when it names a teammate, and says so", () => {
    expect(fitPeopleFilterTo(filter, { id: "u-sam", isManager: false, knows })).toEqual({ filter: { ...filter, by: "" }, leftOut: "not yours" });
  });

  it("keeps a teammate for a manager, and reads the reader's own id as Me", () => {
    expect(fitPeopleFilterTo(filter, { id: "u-morgan", isManager: true, knows })).toEqual({ filter, leftOut: null });
    expect(fitPeopleFilterTo(filter, { id: "u-jordan", isManager: false, knows })).toEqual({ filter: { ...filter, by: "me" }, leftOut: null });
    expect(fitPeopleFilterTo({ ...filter, by: "me" }, { id: "u-sam", isManager: false, knows }).leftOut).toBeNull();
  });

  it("opens a manager's view on everyone's people when it names nobody on the team, and says so; an SDR is not told whether it is someone", () => {
    const nobody = { ...filter, by: "u-gone" };
    expect(fitPeopleFilterTo(nobody, { id: "u-morgan", isManager: true, knows })).toEqual({ filter: { ...filter, by: "" }, leftOut: "unknown" });
    expect(fitPeopleFilterTo(nobody, { id: "u-sam", isManager: false, knows }).leftOut).toBe("not yours");
  });
});
