"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { compressedBody } from "@/lib/api/compress-body";
import { fetchJson } from "@/lib/api/fetch-json";
import { NDJSON } from "@/lib/api/ndjson";
import type { BalanceHeadroom } from "@/lib/credits/balance-headroom";
import { ASSUMED_FOUND_RATE, listCost, TRUSTED_ANSWERS, type CostBasis } from "@/lib/credits/list-cost";
import type { CheckProfilesRequest, CheckProfilesResponse } from "./check-profiles";
import { importRequestBody } from "./import-body";
import type { ImportRowsRequest, ImportRowsResponse } from "./import-rows";
import type { QueueAhead } from "./queue-ahead";
import { revealKeys } from "./keys";
import type { EarlierAnswer } from "./earlier-fact";
import type { LedgerHit } from "./ledger";

/** The server takes at most 100,000 keys per check; smaller requests keep each answer quick. */
const CHECK_CHUNK = 50_000;

const checkKeys = {
  all: () => [...revealKeys.all, "check"] as const,
  one: (hash: string, viaPartners: boolean) => [...checkKeys.all(), hash, viaPartners] as const,
};

/** What the team ledger and the price model say about a list, before anything is spent. */
export type LedgerCheck = CostBasis & {
  /** Only people the ledger knows; everyone else is a new reveal. */
  ledger: Record<string, LedgerHit>;
  /** People whose latest answer is older than the window: new reveals, but the team asked before. */
  earlier: Record<string, EarlierAnswer>;
  freshnessDays: number;
  plan: string;
  foundRateAnswers: number;
  /** The most one new reveal can cost asking Clodura's own database only. */
  worstPerRevealAlone: number;
  balance: BalanceHeadroom | null;
  queue: QueueAhead;
};

/**
 * Worst case and expected credits for `count` new reveals (an estimate: the balance confirms it later), by the
 * formula the server stores with the batch, so the figure shown before sending is the one shown after.
 */
export function estimateFor(check: LedgerCheck, count: number): { worstCase: number; expected: number } {
  return listCost(count, check);
}

/** A check's answer as the pages use it (the first chunk's, when a long list was checked in several). */
export function ledgerCheckOf(answer: CheckProfilesResponse): LedgerCheck {
  const { ledger, earlier, freshnessDays, estimate, balance, queue } = answer;
  return {
    ledger,
    earlier,
    freshnessDays,
    plan: estimate.plan,
    foundRate: estimate.foundRate,
    foundRateAnswers: estimate.foundRateAnswers,
    averagePrice: estimate.averagePrice,
    worstPerReveal: estimate.worstCasePerReveal,
    worstPerRevealAlone: estimate.worstCasePerRevealAlone,
    balance,
    queue,
  };
}

const NO_PERSON_IDS: Record<string, string> = {};

/**
 * Ledger hits and prices for these person keys (and the personIds a list gives beside URL keys). Keyed by a hash of
 * both, so re-validating a file that maps to the same people reuses the answer. Pass an empty list to wait.
 */
export function useCheckProfiles(keys: string[], viaPartners: boolean, personIds: Record<string, string> = NO_PERSON_IDS) {
  const hash = useMemo(() => hashKeys(keys, personIds), [keys, personIds]);
  return useQuery({
    queryKey: checkKeys.one(hash, viaPartners),
    queryFn: ({ signal }) => checkInChunks(keys, viaPartners, personIds, signal),
    enabled: keys.length > 0,
    // The ledger moves whenever anyone submits: a cached answer is shown at once and checked again on next use,
    // but not on every window focus (a 100,000-key check is megabytes).
    staleTime: 0,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
}

export function useImportRows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportRowsRequest) =>
      fetchJson<ImportRowsResponse>("/api/imports", { method: "POST", ...(await compressedBody(importRequestBody(input), NDJSON)) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: revealKeys.batches() });
      // The new batch changed the ledger: the next check must ask again.
      queryClient.removeQueries({ queryKey: checkKeys.all() });
    },
  });
}

/** Where the expected cost's found rate comes from, as the paste and upload estimates word it. */
export function foundRateBasis(check: LedgerCheck): string {
  // To a millionth first: 11.5 / 20 is 0.575, whose ×100 is 57.49999… in floating point and rounded down.
  const rate = Math.round(Number((check.foundRate * 100).toFixed(6)));
  const answers = check.foundRateAnswers;
  if (answers === 0) return `found rate assumed ${rate}% — no history yet`;
  const of = `the team's ${answers.toLocaleString("en")} ${answers === 1 ? "answer" : "answers"}`;
  if (answers >= TRUSTED_ANSWERS) return `found rate ${rate}% from ${of}`;
  return `found rate ${rate}% from ${of} so far and ${TRUSTED_ANSWERS - answers} assumed at ${Math.round(ASSUMED_FOUND_RATE * 100)}%`;
}

/** "1 credit", "20 credits", "2.5 credits". */
export function formatCredits(credits: number): string {
  return `${credits.toLocaleString("en", { maximumFractionDigits: 1 })} ${credits === 1 ? "credit" : "credits"}`;
}


async function checkInChunks(keys: string[], viaPartners: boolean, personIds: Record<string, string>, signal: AbortSignal): Promise<LedgerCheck> {
  const ledger: Record<string, LedgerHit> = {};
  const earlier: Record<string, EarlierAnswer> = {};
  let first: CheckProfilesResponse | null = null;
  for (let start = 0; start === 0 || start < keys.length; start += CHECK_CHUNK) {
    const chunk = keys.slice(start, start + CHECK_CHUNK);
    const request: CheckProfilesRequest = { keys: chunk, viaPartners, personIds: personIdsOf(chunk, personIds) };
    const body = await compressedBody(JSON.stringify(request), "application/json");
    const answer = await fetchJson<CheckProfilesResponse>("/api/reveals/check", { method: "POST", ...body, signal });
    Object.assign(ledger, answer.ledger);
    Object.assign(earlier, answer.earlier);
    first ??= answer;
  }
  if (!first) throw new Error("unreachable: the first chunk always runs");
  return { ...ledgerCheckOf(first), ledger, earlier };
}

function personIdsOf(keys: string[], personIds: Record<string, string>): Record<string, string> {
  const chunk: Record<string, string> = {};
  if (Object.keys(personIds).length === 0) return chunk;
  for (const key of keys) if (personIds[key]) chunk[key] = personIds[key];
  return chunk;
}

/** FNV-1a over the keys in order, each with its personId: a cheap cache key (100,000 keys hash in a few milliseconds). */
function hashKeys(keys: string[], personIds: Record<string, string>): string {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  };
  const anyPersonIds = Object.keys(personIds).length > 0;
  for (const key of keys) {
    mix(key);
    if (anyPersonIds && personIds[key]) mix(personIds[key]);
  }
  return `${keys.length}:${(hash >>> 0).toString(36)}`;
}
