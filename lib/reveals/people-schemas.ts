import { z } from "zod";
import type { BatchRow } from "./schemas";

export const peopleOutcomes = ["all", "found", "not_found"] as const;
export type PeopleOutcome = (typeof peopleOutcomes)[number];

export const peopleQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100, "Ask for at most 100 people at a time.").default(50),
  before: z.string().max(100).optional(),
  search: z.string().max(200, "Search with at most 200 characters.").optional(),
  outcome: z.enum(peopleOutcomes, "outcome is all, found or not_found.").default("all"),
  /** "me", or a teammate's user id: only people whose latest answer they revealed. */
  by: z.string().min(1).max(64, "by is 'me' or a user id.").optional(),
});

/** The `by` filter as a user id. */
export const revealedByOf = (by: string | undefined, viewerId: string): string | undefined => (by === "me" ? viewerId : by);

/** One person in the team's directory, by their latest answer. */
export type Person = {
  revealId: string;
  state: "found" | "not_found";
  /** When the answer came, ms since the epoch. */
  answeredAt: number;
  /** Answered within the freshness window: a list with this person gets it again at 0 credits. */
  fresh: boolean;
  /** Nobody found a number because Clodura's credits ran out midway: not an answer any list reuses. */
  ranOutOfCredits: boolean;
  /** A provider said found but sent no number: charged, not reused. */
  noNumberSent: boolean;
  /** Not found by Clodura alone: reused only by lists that do not ask partner providers. */
  withoutPartners: boolean;
  revealedBy: string;
  /** The viewer revealed this person. */
  byYou: boolean;
  /** The list it came from, when the viewer may open it (their own, or any for a manager). */
  batchId: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  linkedinUrl: string | null;
  personId: string | null;
  results: BatchRow["results"];
};

export type PeoplePage = {
  people: Person[];
  freshnessDays: number;
  next: string | null;
  /** Set when the search was too short for the index: only this many of the newest answers were searched. */
  searchedNewest: number | null;
};
