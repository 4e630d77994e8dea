import type { SentAgain } from "./sent-again";

const fmt = (n: number) => n.toLocaleString("en");

/**
 * What a stop left unsent, said the same whoever sent its people again since: "51 reveals were not sent here and cost
 * nothing; 48 sent again by Morgan Lee (Manager)". Counted on the rows' own state, not on what they show: a row a
 * manager sent again shows that list's answer, yet was still not sent here.
 */
export function notSentWords(notSent: number, sentAgain: readonly SentAgain[]): string {
  const byWhom = new Map<string, number>();
  for (const group of sentAgain) if (group.cancelled > 0) byWhom.set(group.by, (byWhom.get(group.by) ?? 0) + group.cancelled);
  // Not in brackets: a name may end in one ("Morgan Lee (Manager)").
  const again = [...byWhom].map(([by, n]) => `${fmt(n)} sent again by ${by}`).join(" and ");
  return `${fmt(notSent)} ${notSent === 1 ? "reveal was" : "reveals were"} not sent here and cost nothing${again ? `; ${again}` : ""}`;
}
