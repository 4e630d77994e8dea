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

  it("opens an SDR's view on everyone's people when it names a teammate, and says so", () => {
    expect(fitPeopleFilterTo(filter, { id: "u-sam", isManager: false })).toEqual({ filter: { ...filter, by: "" }, teammateLeftOut: true });
  });

  it("keeps a teammate for a manager, and reads the reader's own id as Me", () => {
    expect(fitPeopleFilterTo(filter, { id: "u-morgan", isManager: true })).toEqual({ filter, teammateLeftOut: false });
    expect(fitPeopleFilterTo(filter, { id: "u-jordan", isManager: false })).toEqual({ filter: { ...filter, by: "me" }, teammateLeftOut: false });
    expect(fitPeopleFilterTo({ ...filter, by: "me" }, { id: "u-sam", isManager: false }).teammateLeftOut).toBe(false);
  });
});
