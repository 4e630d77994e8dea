import { asc, eq, inArray, sql } from "drizzle-orm";
import { contacts, creditLedger, reveals, sandboxRequests } from "@/db/schema";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { normalizeProfileUrl } from "@/lib/clodura/sandbox/parse-match-request";
import { planSandboxReveal } from "@/lib/clodura/sandbox/scenarios";
import { normaliseLinkedIn } from "@/lib/linkedin";
import { createBatch, type BatchEntry, type CreatedBatch } from "@/lib/reveals/create-batch";
import { isSettled } from "./inspect";
import { waitFor, type TestApp } from "./test-app";

/** A batch entry for a profile URL or personId, normalised the way the app does it. */
export function entryFor(input: string, extra: Partial<BatchEntry> = {}): BatchEntry {
  const person = normaliseLinkedIn(input);
  if (!person.ok) throw new Error(`not a profile: ${input} (${person.reason})`);
  return { key: person.key, linkedinUrl: person.linkedinUrl, personId: person.personId, ...extra };
}

/** createBatch with the options the harness's createBatchFor leaves out: revealAgain per entry and a clock. */
export function submit(
  db: Db,
  user: SessionUser,
  entries: BatchEntry[],
  options: { now?: Date; viaPartners?: boolean } = {},
): CreatedBatch & { revealIds: string[] } {
  const created = createBatch(db, { requestedBy: user.id, source: "paste", viaPartners: options.viaPartners ?? true, entries }, options.now);
  return { ...created, revealIds: revealIdsOf(db, created.batchId) };
}

export function revealIdsOf(db: Db, batchId: string): string[] {
  return db.select({ id: reveals.id }).from(reveals).where(eq(reveals.batchId, batchId)).orderBy(asc(sql`rowid`)).all().map((row) => row.id);
}

/** Sends everything queued to the sandbox over HTTP, has its courier POST the webhooks now, and waits for them. */
export async function revealNow(app: TestApp, revealIds: string[]): Promise<void> {
  await app.dispatchAll();
  await app.deliverWebhooks();
  await waitFor(() => revealIds.every((id) => isSettled(app.db, id)), 5_000, "the webhooks");
}

/** The credit_ledger rows charged to these reveals (none for ledger answers). */
export function chargesOf(db: Db, revealId: string) {
  return db.select().from(creditLedger).where(eq(creditLedger.revealId, revealId)).all();
}

/** `n` profile URLs whose reveal finds a number: `<prefix>-0`, `<prefix>-1`, … */
export function foundUrls(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => profileUrl(`${prefix}-${i}`, { found: true }));
}

/** `n` profile URLs, whatever the sandbox answers for them: `<prefix>-0/`, `<prefix>-1/`, … */
export function profileUrls(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `https://www.linkedin.com/in/${prefix}-${i}/`);
}

/** How many requests reached the sandbox Clodura, for anyone. */
export function sandboxRequestTotal(db: Db): number {
  return Number(db.select({ n: sql<number>`count(*)` }).from(sandboxRequests).get()?.n ?? 0);
}

/**
 * How many match requests the sandbox accepted for a person, keyed the way it keys them: by the profile URL (also when
 * asked by the personId it reported for that URL, which the dispatcher sends once the contact has it), or by
 * `pid:<personId>` for a personId it never reported.
 */
export function sandboxRequestCount(db: Db, linkedinUrl: string): number {
  const contact = db.select({ personId: contacts.personId }).from(contacts).where(eq(contacts.linkedinUrl, linkedinUrl)).get();
  const keys = [normalizeProfileUrl(linkedinUrl), ...(contact?.personId ? [`pid:${contact.personId}`] : [])];
  const row = db.select({ n: sql<number>`count(*)` }).from(sandboxRequests).where(inArray(sandboxRequests.personKey, keys)).get();
  return Number(row?.n ?? 0);
}

/**
 * A profile URL the sandbox answers deterministically: found by `chargedBy` ("Clodura", "partner" for anyone else)
 * or, with found: false, by nobody.
 */
export function profileUrl(prefix: string, want: { found: boolean; viaPartners?: boolean; chargedBy?: "Clodura" | "partner" }): string {
  const viaPartners = want.viaPartners ?? true;
  for (let i = 0; i < 10_000; i += 1) {
    const url = `https://www.linkedin.com/in/${prefix}-${i}`;
    const { chargedProvider } = planSandboxReveal({ personKey: url, linkedinUrl: url, viaPartners, form: "multi", trackingId: "x" });
    if ((chargedProvider !== null) !== want.found) continue;
    if (want.chargedBy === "Clodura" && chargedProvider !== "Clodura") continue;
    if (want.chargedBy === "partner" && (chargedProvider === null || chargedProvider === "Clodura")) continue;
    return `${url}/`;
  }
  throw new Error(`no sandbox profile for ${prefix} ${JSON.stringify(want)}`);
}

export const DAY_MS = 86_400_000;
