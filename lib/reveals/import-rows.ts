import { z } from "zod";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { nextTurn } from "@/lib/api/next-turn";
import { AppError } from "@/lib/errors";
import { normaliseLinkedIn } from "@/lib/linkedin";
import { createAnyBatch } from "./create-big-batch";
import { MAX_BATCH_SIZE, type BatchEntry, type CreatedBatch } from "./create-batch";

export const IMPORT_BODY_LIMIT = 40 * 1024 * 1024;
const cell = z.string().max(2_000).nullish();

export const importRowsRequestSchema = z.object({
  fileName: z.string().max(255).nullish(),
  viaPartners: z.boolean().default(true),
  rows: z
    .array(z.object({ row: z.number().int().positive(), linkedinUrl: cell, personId: cell, firstName: cell, lastName: cell, company: cell, revealAgain: z.boolean().optional() }))
    .min(1, "The file has no rows to reveal.")
    .max(MAX_BATCH_SIZE, `A file can hold at most ${MAX_BATCH_SIZE.toLocaleString("en")} rows; split it.`),
});
export type ImportRowsRequest = z.input<typeof importRowsRequestSchema>;
export type ImportRowsResponse = CreatedBatch & { refused: { row: number; reason: string }[]; duplicates: number };

export type PreparedImport = { entries: BatchEntry[]; refused: ImportRowsResponse["refused"]; duplicates: number };

/** The browser mapped and checked the file; the server trusts none of it and normalises every row again. */
export async function revealImportedRows(db: Db, user: SessionUser, input: z.output<typeof importRowsRequestSchema>): Promise<ImportRowsResponse> {
  // Each step takes up to half a second for a 100k-row file: requests that arrived meanwhile go in between.
  await nextTurn();
  const { entries, refused, duplicates } = prepareImportedRows(input);
  await nextTurn();
  const created = await createAnyBatch(db, { requestedBy: user.id, source: "csv", viaPartners: input.viaPartners, fileName: input.fileName ?? null, entries });
  return { ...created, refused, duplicates };
}

/** Normalises each row's LinkedIn URL (or personId) again and drops in-file duplicates; refused rows keep their reason. */
export function prepareImportedRows(input: z.output<typeof importRowsRequestSchema>): PreparedImport {
  const entries = new Map<string, BatchEntry>();
  const refused: ImportRowsResponse["refused"] = [];
  let duplicates = 0;
  for (const row of input.rows) {
    const person = identify(row.linkedinUrl, row.personId);
    if (!person.ok) {
      refused.push({ row: row.row, reason: person.reason });
      continue;
    }
    if (entries.has(person.key)) {
      duplicates += 1;
      continue;
    }
    entries.set(person.key, {
      key: person.key,
      linkedinUrl: person.linkedinUrl,
      personId: person.personId,
      firstName: blankToNull(row.firstName),
      lastName: blankToNull(row.lastName),
      company: blankToNull(row.company),
      revealAgain: row.revealAgain ?? false,
    });
  }
  if (entries.size === 0) {
    throw new AppError("unprocessable", `None of the ${input.rows.length.toLocaleString("en")} rows has a LinkedIn profile URL or personId we can reveal. Check the column mapping.`, { refused: refused.slice(0, 100) });
  }
  return { entries: [...entries.values()], refused, duplicates };
}

/** A valid LinkedIn URL wins, keeping a valid personId beside it; otherwise the personId; otherwise the URL's refusal. */
function identify(linkedinUrl: string | null | undefined, personId: string | null | undefined) {
  const url = linkedinUrl?.trim();
  const id = personId?.trim();
  const byId = id ? normaliseLinkedIn(id) : null;
  if (url) {
    const person = normaliseLinkedIn(url);
    if (person.ok) return byId?.ok && byId.personId ? { ...person, personId: byId.personId } : person;
    if (!byId) return person;
  }
  return byId ?? { ok: false as const, reason: "This row has neither a LinkedIn URL nor a personId." };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, 200) : null;
}
