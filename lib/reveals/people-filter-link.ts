import { peopleOutcomes, type PeopleOutcome } from "./people-schemas";
import type { PeopleFilter } from "./use-people";

const SEARCH_MAX_LENGTH = 200;
const BY_MAX_LENGTH = 64;

/**
 * People's search, outcome and "revealed by" as its link holds them (`?search=acme&outcome=found&by=me`), so Back, a
 * reload or a shared link shows the same people. What the link holds that is not one of them is left out.
 */
export function readPeopleFilter(params: URLSearchParams): PeopleFilter {
  const outcome = params.get("outcome") ?? "all";
  const by = params.get("by") ?? "";
  return {
    search: (params.get("search") ?? "").slice(0, SEARCH_MAX_LENGTH),
    outcome: (peopleOutcomes as readonly string[]).includes(outcome) ? (outcome as PeopleOutcome) : "all",
    by: by.length <= BY_MAX_LENGTH ? by : "",
  };
}

/** The link's query for a filter: empty for everyone, else only what narrows. */
export function peopleFilterQuery({ search, outcome, by }: PeopleFilter): string {
  const params = new URLSearchParams();
  if (search.trim()) params.set("search", search.trim());
  if (outcome !== "all") params.set("outcome", outcome);
  if (by) params.set("by", by);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Who reads the link: their id, whether they may narrow People to a teammate (managers and admins), and who is on the team. */
export type PeopleLinkReader = { id: string; isManager: boolean; knows: (userId: string) => boolean };

/** Why the link's "revealed by" was left out: a teammate's, for an SDR; or, for a manager, nobody on the team. */
export type ByLeftOut = "not yours" | "unknown" | null;

/**
 * The link's "revealed by" as its reader can pick it: their own id is "Me"; a teammate's, for an SDR (a manager's link
 * passed on), is left out, and so is an id nobody on the team has, for a manager; `leftOut` says which, rather than
 * the page opening on a refusal or on nobody's people. An SDR is not told whether the id is someone's.
 */
export function fitPeopleFilterTo(filter: PeopleFilter, reader: PeopleLinkReader): { filter: PeopleFilter; leftOut: ByLeftOut } {
  if (filter.by === reader.id) return { filter: { ...filter, by: "me" }, leftOut: null };
  if (filter.by === "" || filter.by === "me") return { filter, leftOut: null };
  if (!reader.isManager) return { filter: { ...filter, by: "" }, leftOut: "not yours" };
  return reader.knows(filter.by) ? { filter, leftOut: null } : { filter: { ...filter, by: "" }, leftOut: "unknown" };
}
