import type { RevealResult } from "@/lib/clodura/types";

/** The error code of a "not found" that is not one: the account ran out of credits before every provider was asked. */
export const RAN_OUT_OF_CREDITS = "insufficient_credits";

export const RAN_OUT_MESSAGE =
  "Clodura's account ran out of credits before every provider was asked, so this is not a real \"not found\" and nothing was charged for it. Send this person again once the account has credits.";

export const RAN_OUT_PAUSE =
  'A provider answered "Insufficient Credits": Clodura\'s account has run out, so sending stopped before more reveals come back unfinished.';

/** Nobody found a number, and a provider said "Insufficient Credits": the waterfall stopped there. */
export function ranOutOfCredits(result: RevealResult): boolean {
  return result.providers.every((provider) => provider.status !== "found") && result.providers.some((provider) => provider.status === "Insufficient Credits");
}
