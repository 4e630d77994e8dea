import { z } from "zod";
import type { Db } from "@/db/client";
import { balanceHeadroom, type BalanceHeadroom } from "@/lib/credits/balance-headroom";
import { estimateCost, type CostEstimate } from "@/lib/credits/estimate";
import { getSetting } from "@/lib/settings/settings";
import { findLatestAnswers } from "./earlier-answers";
import type { EarlierAnswer } from "./earlier-fact";
import { byKey, contactIdsByKey, findLedgerHits, type LedgerHit } from "./ledger";
import { queueAhead, type QueueAhead } from "./queue-ahead";

export const MAX_CHECKED_KEYS = 100_000;

export const checkProfilesRequestSchema = z.object({
  keys: z.array(z.string().min(3).max(600)).max(MAX_CHECKED_KEYS, `At most ${MAX_CHECKED_KEYS.toLocaleString("en")} people can be checked at once.`),
  viaPartners: z.boolean().default(true),
  /** The personId a list gives beside a URL key: the batch will find the person by it, so the check does too. */
  personIds: z.record(z.string().max(600), z.string().regex(/^\d{6,25}$/, "A personId is 6–25 digits.")).default({}),
});
export type CheckProfilesRequest = z.input<typeof checkProfilesRequestSchema>;

export type CheckProfilesResponse = {
  /** Only people the ledger knows: free (answered within the freshness window) or in flight (will attach). */
  ledger: Record<string, LedgerHit>;
  /** People the ledger no longer answers (their latest answer is older than the window): who asked, when, and what came. */
  earlier: Record<string, EarlierAnswer>;
  freshnessDays: number;
  estimate: CostEstimate;
  /** Clodura's balance as far as the app knows, to warn when a list could empty it. */
  balance: BalanceHeadroom | null;
  /** The team's queue a new list joins the end of, to say about how long it takes to send. */
  queue: QueueAhead;
};

/** What a list would cost before anything is spent: ledger hits are free, the rest is estimated. */
export function checkProfiles(db: Db, input: z.output<typeof checkProfilesRequestSchema>, viewerId?: string): CheckProfilesResponse {
  const unique = [...new Set(input.keys)];
  const idsByKey = contactIdsByKey(db, unique, input.personIds);
  const hits = byKey(idsByKey, findLedgerHits(db, [...idsByKey.values()], Date.now(), undefined, input.viaPartners));
  const unanswered = new Map([...idsByKey].filter(([key]) => !hits.has(key)));
  const earlier = byKey(unanswered, findLatestAnswers(db, [...unanswered.values()], viewerId));
  return {
    ledger: Object.fromEntries([...hits].map(([key, { revealedById, ...hit }]) => [key, revealedById === viewerId ? { ...hit, byYou: true } : hit])),
    earlier: Object.fromEntries(earlier),
    freshnessDays: getSetting(db, "freshnessDays"),
    estimate: estimateCost(db, { newReveals: countNewReveals(unique, idsByKey, hits, input.personIds), viaPartners: input.viaPartners }),
    balance: balanceHeadroom(db),
    queue: queueAhead(db, Date.now(), viewerId ?? ""),
  };
}

/** One new reveal per person the ledger cannot answer: keys that name one contact, or one personId, are one person. */
function countNewReveals(keys: string[], idsByKey: Map<string, string>, hits: Map<string, LedgerHit>, personIds: Record<string, string>): number {
  // Most lists name nobody twice: only keys that matched a known contact or carry a personId can be one person.
  if (idsByKey.size === 0 && Object.keys(personIds).length === 0 && !keys.some((key) => key.startsWith("pid:"))) return keys.length;
  const people = new Set<string>();
  for (const key of keys) {
    if (hits.has(key)) continue;
    const personId = key.startsWith("pid:") ? key.slice(4) : personIds[key];
    people.add(idsByKey.get(key) ?? (personId ? `pid:${personId}` : key));
  }
  return people.size;
}
