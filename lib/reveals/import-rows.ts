import { z } from "zod";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { nextTurn } from "@/lib/api/next-turn";
import type { NdjsonLimits } from "@/lib/api/read-ndjson";
import { AppError } from "@/lib/errors";
import { normaliseLinkedIn } from "@/lib/linkedin";
import { createAnyBatch } from "./create-big-batch";
import { MAX_BATCH_SIZE, type BatchEntry, type CreatedBatch } from "./create-batch";
import { batchNameSchema } from "./batch-label";
import { ROWS_PER_LINE } from "./import-body";

export const IMPORT_BODY_LIMIT = 40 * 1024 * 1024;
/** A row has at most 7 fields: 10 values a row leaves room, and refuses a line of millions of `{}` before parsing it. */
export const IMPORT_BODY_VALUES: NdjsonLimits = { valuesPerLine: ROWS_PER_LINE * 10, values: MAX_BATCH_SIZE * 10 };
const cell = z.string().max(2_000).nullish();

/** Rows checked between two turns of the event loop: a 100k-row body checked in one go held the server ~0.3 s per step. */
const ROWS_PER_STEP = 10_000;
const importRowSchema = z.object({ row: z.number().int().positive(), linkedinUrl: cell, personId: cell, firstName: cell, lastName: cell, company: cell, revealAgain: z.boolean().optional() });
const rowCount = <T extends z.ZodType>(rows: z.ZodArray<T>) =>
  rows.min(1, "The file has no rows to reveal.").max(MAX_BATCH_SIZE, `A file can hold at most ${MAX_BATCH_SIZE.toLocaleString("en")} rows; split it.`);

export const importRowsRequestSchema = z.object({
  fileName: z.string().trim().max(255).nullish(),
  name: batchNameSchema.default(null),
  viaPartners: z.boolean().default(true),
  rows: rowCount(z.array(importRowSchema)),
});
const importEnvelopeSchema = importRowsRequestSchema.extend({ rows: rowCount(z.array(z.unknown())) });
export type ImportRowsRequest = z.input<typeof importRowsRequestSchema>;
export type ImportRowsInput = z.output<typeof importRowsRequestSchema>;

/**
 * importRowsRequestSchema.parse, checking the rows a slice at a time with the event loop free in between. A bad row is
 * reported with the same path (rows.N.field) as one parse would give.
 */
export async function parseImportRequest(json: unknown): Promise<ImportRowsInput> {
  const envelope = importEnvelopeSchema.parse(json);
  const rows: ImportRowsInput["rows"] = [];
  for (let start = 0; start < envelope.rows.length; start += ROWS_PER_STEP) {
    await nextTurn();
    const slice = z.array(importRowSchema).safeParse(envelope.rows.slice(start, start + ROWS_PER_STEP));
    if (!slice.success) {
      throw new z.ZodError(slice.error.issues.map((issue) => ({ ...issue, path: ["rows", start + Number(issue.path[0]), ...issue.path.slice(1)] })));
    }
    for (const row of slice.data) rows.push(row);
  }
  return { ...envelope, rows };
}
export type ImportRowsResponse = CreatedBatch & { refused: { row: number; reason: string }[]; duplicates: number };

export type PreparedImport = { entries: BatchEntry[]; refused: ImportRowsResponse["refused"]; duplicates: number };

/** The browser mapped and checked the file; the server trusts none of it and normalises every row again. */
export async function revealImportedRows(db: Db, user: SessionUser, input: ImportRowsInput): Promise<ImportRowsResponse> {
  const { entries, refused, duplicates } = await prepareImportedRows(input);
  const created = await createAnyBatch(db, { requestedBy: user.id, source: "csv", viaPartners: input.viaPartners, fileName: input.fileName ?? null, name: input.name, entries });
  return { ...created, refused, duplicates };
}

/**
 * Normalises each row's LinkedIn URL (or personId) again and drops in-file duplicates; refused rows keep their reason.
 * Other requests go between slices of rows.
 */
export async function prepareImportedRows(input: ImportRowsInput): Promise<PreparedImport> {
  const entries = new Map<string, BatchEntry>();
  const refused: ImportRowsResponse["refused"] = [];
  let duplicates = 0;
  for (const [index, row] of input.rows.entries()) {
    if (index % ROWS_PER_STEP === 0) await nextTurn();
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
      sourceRow: row.row,
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
