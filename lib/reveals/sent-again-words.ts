import type { SentAgain } from "./sent-again";

/** "1 failed and 1 unfinished", "84 cancelled": what went, by the kind of row it left behind. */
export function sentAgainWords({ people, failed, unfinished, cancelled }: Pick<SentAgain, "people" | "failed" | "unfinished" | "cancelled">): string {
  const fmt = (n: number) => n.toLocaleString("en");
  const parts = [failed > 0 ? `${fmt(failed)} failed` : "", unfinished > 0 ? `${fmt(unfinished)} unfinished` : "", cancelled > 0 ? `${fmt(cancelled)} cancelled` : ""].filter(Boolean);
  // A row answered late since it was sent again (a failure Clodura answered after all) is no longer any of those.
  const others = people - failed - unfinished - cancelled;
  if (parts.length === 0) return `${fmt(people)} ${people === 1 ? "person" : "people"}`;
  if (others > 0) parts.push(`${fmt(others)} more`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
