import type { Db } from "@/db/client";
import { PROSPECT_CREDITS_PER_FOUND } from "@/lib/credits/prices";
import { getSetting } from "@/lib/settings/settings";
import { payloadFormOf, settingDefinitions } from "@/lib/settings/definitions";
import { rejectMissingApiKey, respondJson } from "./respond";

/**
 * GET /api/v1/credits: Prospect plans answer with counters of what is left (maxContacts as a string, as observed),
 * others one pool. Both move exactly by what the sandbox charged, so the ledger can be checked against them.
 */
export function handleSandboxCredits(db: Db, request: Request): Response {
  const unauthorized = rejectMissingApiKey(request);
  if (unauthorized) return unauthorized;
  const balance = getSetting(db, "sandboxBalance");
  if (payloadFormOf(getSetting(db, "plan")) === "multi") return respondJson(200, { remainingCredits: balance });
  // One sandbox balance pays both credits of a Prospect reveal (1 phone + 1 export): each counter is half of it.
  const left = Math.floor(balance / PROSPECT_CREDITS_PER_FOUND);
  return respondJson(200, {
    contactsView: left,
    maxContacts: String(Math.max(left, settingDefinitions.sandboxBalance.defaultValue / PROSPECT_CREDITS_PER_FOUND)),
    directDials: left,
    maxDirectDials: Math.max(left, settingDefinitions.sandboxBalance.defaultValue / PROSPECT_CREDITS_PER_FOUND),
  });
}
