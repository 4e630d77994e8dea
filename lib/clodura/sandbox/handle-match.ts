import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { readBodyText } from "@/lib/api/read-body";
import { AppError } from "@/lib/errors";
import { sandboxRequests } from "@/db/schema";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { payloadFormOf } from "@/lib/settings/definitions";
import { identifySandboxPerson, rememberSandboxPerson, type SandboxIdentity } from "./identify-person";
import { parseSandboxMatchRequest } from "./parse-match-request";
import { rejectMissingApiKey, respondCloduraError, respondJson } from "./respond";
import { admitSandboxRequest, countSandboxAttempt } from "./sandbox-memory";
import { planSandboxReveal, type SandboxPlan } from "./scenarios";

const creditsExhausted = "Credits exhausted";
/** A match request is one person: a few hundred bytes. */
const MATCH_BODY_LIMIT = 16 * 1024;
/** Past the app's 10-second timeout: the request is Clodura's, the app does not know it. */
const SLOW_ANSWER_MS = 11_000;

/** POST /api/v1/search/people/phone/match, answered the way Clodura does, including its failure modes. */
export async function handleSandboxMatch(db: Db, request: Request, now: number = Date.now()): Promise<Response> {
  const unauthorized = rejectMissingApiKey(request);
  if (unauthorized) return unauthorized;
  const body = await readBodyText(request, MATCH_BODY_LIMIT, { inflate: false }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "payload_too_large") return null;
    throw error;
  });
  if (body === null) return respondCloduraError(413, "Request body too large");
  const parsed = parseSandboxMatchRequest(body);
  if (!parsed.ok) return respondCloduraError(parsed.status, parsed.message);
  if (!admitSandboxRequest(now)) return respondCloduraError(429, "Rate limit exceeded", { "retry-after": "1" });
  if (getSetting(db, "sandboxBalance") <= 0 || getSetting(db, "sandboxAccountEmpty")) return respondCloduraError(402, creditsExhausted);

  const match = parsed.value;
  const person = identifySandboxPerson(db, match);
  const trackingId = randomBytes(12).toString("hex");
  const plan = planSandboxReveal({
    personKey: person.personKey,
    linkedinUrl: person.linkedinUrl,
    personId: person.personId,
    viaPartners: match.viaPartners,
    form: payloadFormOf(getSetting(db, "plan")),
    trackingId,
  });
  const rejected = rejectByScenario(db, plan, person.personKey);
  if (rejected) return rejected;
  if (!acceptReveal(db, plan, { person, webhookUrl: match.webhookUrl }, trackingId, now)) return respondCloduraError(402, creditsExhausted);
  // Unref'd: a request the client gave up on must not keep a finished process alive for its answer.
  if (plan.keyword === "sandbox-slow-answer") await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS).unref());
  const status = "Callback will be triggered once processing is complete.";
  return respondJson(200, plan.keyword === "sandbox-no-tracking-id" ? { status } : { trackingId, status });
}

function rejectByScenario(db: Db, plan: SandboxPlan, personKey: string): Response | null {
  const rejection = plan.rejection;
  if (!rejection) return null;
  switch (rejection.kind) {
    case "always":
      return respondCloduraError(rejection.status, rejection.message);
    case "exhaust-balance":
      // Only the person's first request empties the account, so after a top-up (resume) the queue moves on.
      if (countSandboxAttempt(personKey) > 1) return null;
      setSetting(db, "sandboxAccountEmpty", true);
      return respondCloduraError(rejection.status, rejection.message);
    case "first-attempts": {
      if (countSandboxAttempt(personKey) > rejection.attempts) return null;
      const headers: Record<string, string> =
        rejection.retryAfterSeconds === null ? {} : { "retry-after": String(rejection.retryAfterSeconds) };
      return respondCloduraError(rejection.status, rejection.message, headers);
    }
  }
}

/**
 * Charges the balance, records the request and remembers the personId it reports, in one IMMEDIATE transaction;
 * false when the balance cannot pay.
 */
function acceptReveal(db: Db, plan: SandboxPlan, match: { person: SandboxIdentity; webhookUrl: string | null }, trackingId: string, now: number): boolean {
  return db.transaction(
    () => {
      const balance = getSetting(db, "sandboxBalance");
      if (balance <= 0 || balance < plan.cost) return false;
      if (plan.cost > 0) setSetting(db, "sandboxBalance", balance - plan.cost);
      rememberSandboxPerson(db, match.person);
      db.insert(sandboxRequests)
        .values({
          trackingId,
          personKey: match.person.personKey,
          webhookUrl: match.webhookUrl,
          payload: plan.payload,
          completeAt: new Date(now + plan.completeAfterMs),
          deliveryDelaysMs: match.webhookUrl ? plan.deliveryDelaysMs : [],
          createdAt: new Date(now),
        })
        .run();
      return true;
    },
    { behavior: "immediate" },
  );
}
