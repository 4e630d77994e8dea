export { normaliseLinkedIn } from "./normalise";
export { parsePastedProfiles } from "./extract";
export type { NormalisedPerson, PastedEntry, UnsupportedKind } from "./types";
