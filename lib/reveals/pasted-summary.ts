import { profileSlug } from "@/lib/linkedin/display";

const PROFILES_NAMED = 2;
const MAX_PROFILE_LENGTH = 24;

/**
 * A paste's first profiles as a rep recognises them: "ana-lopez, ben-wu and 3 more". Unnamed pastes are otherwise all
 * "Pasted list" on Batches, Approvals and Credits; at creation only the URLs are known, so their slugs stand for names.
 */
export function pastedSummary(people: { linkedinUrl: string | null; personId: string | null }[]): string | null {
  const named = people.slice(0, PROFILES_NAMED).map(profileName);
  const rest = people.length - named.length;
  if (named.length === 0) return null;
  if (rest > 0) return `${named.join(", ")} and ${rest.toLocaleString("en")} more`;
  return named.join(" and ");
}

function profileName({ linkedinUrl, personId }: { linkedinUrl: string | null; personId: string | null }): string {
  const name = linkedinUrl ? profileSlug(linkedinUrl) : null;
  if (!name) return `personId ${personId ?? "?"}`;
  return name.length > MAX_PROFILE_LENGTH ? `${name.slice(0, MAX_PROFILE_LENGTH - 1)}…` : name;
}
