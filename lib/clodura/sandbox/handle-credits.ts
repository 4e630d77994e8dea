import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { payloadFormOf, settingDefinitions } from "@/lib/settings/definitions";
import { rejectMissingApiKey, respondJson } from "./respond";

/** GET /api/v1/credits: Prospect plans answer with counters (maxContacts as a string, as observed), others one pool. */
export function handleSandboxCredits(db: Db, request: Request): Response {
  const unauthorized = rejectMissingApiKey(request);
  if (unauthorized) return unauthorized;
  const balance = getSetting(db, "sandboxBalance");
  if (payloadFormOf(getSetting(db, "plan")) === "multi") return respondJson(200, { remainingCredits: balance });
  return respondJson(200, {
    contactsView: Math.min(balance, 1000),
    maxContacts: "1000",
    directDials: balance,
    maxDirectDials: Math.max(balance, settingDefinitions.sandboxBalance.defaultValue),
  });
}
