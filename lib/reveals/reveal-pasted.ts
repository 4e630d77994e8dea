import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { parsePastedProfiles } from "@/lib/linkedin";
import { createAnyBatch } from "./create-big-batch";
import { pastedSummary } from "./pasted-summary";
import { MAX_PASTED_PROFILES, type CheckedRevealsRequest, type CreateRevealsResponse } from "./schemas";

/** The server re-reads the pasted text itself: what the browser previewed is a courtesy, not a trust boundary. */
export async function revealPastedProfiles(db: Db, user: SessionUser, input: CheckedRevealsRequest): Promise<CreateRevealsResponse> {
  const entries = parsePastedProfiles(input.text);
  const accepted = entries.flatMap((entry) => (entry.status === "ok" ? [entry] : []));
  const refused = entries.flatMap((entry) => (entry.status === "unsupported" ? [{ line: entry.line, input: entry.input, reason: entry.reason }] : []));
  if (accepted.length === 0) {
    const hint = refused[0] ? ` Line ${refused[0].line}: ${refused[0].reason}` : "";
    throw new AppError("unprocessable", `None of the pasted lines is a LinkedIn profile URL or personId we can reveal.${hint}`, { refused });
  }
  if (accepted.length > MAX_PASTED_PROFILES) {
    throw new AppError("payload_too_large", `A paste can hold at most ${MAX_PASTED_PROFILES.toLocaleString("en")} profiles; you pasted ${accepted.length.toLocaleString("en")}. Split the list or upload it as a CSV.`);
  }
  const revealAgain = new Set(input.revealAgain);
  const created = await createAnyBatch(db, {
    requestedBy: user.id,
    source: "paste",
    viaPartners: input.viaPartners,
    name: input.name,
    pastedSummary: pastedSummary(accepted),
    entries: accepted.map(({ key, linkedinUrl, personId }) => ({ key, linkedinUrl, personId, revealAgain: revealAgain.has(key) })),
  });
  return { ...created, duplicates: entries.length - accepted.length - refused.length, refused };
}
