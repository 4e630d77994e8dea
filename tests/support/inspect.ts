import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, providerResults, reveals, sandboxRequests, webhookEvents, type Reveal } from "@/db/schema";
import { isFinal } from "@/lib/reveals/state-machine";

/** Read-only views of the rows a reveal leaves behind, for assertions. */
export function revealRow(db: Db, revealId: string): Reveal {
  const row = db.select().from(reveals).where(eq(reveals.id, revealId)).get();
  if (!row) throw new Error(`no reveal ${revealId}`);
  return row;
}

export function isSettled(db: Db, revealId: string): boolean {
  return isFinal(revealRow(db, revealId).state);
}

export function contactOf(db: Db, revealId: string) {
  return db.select({ contact: contacts }).from(reveals).innerJoin(contacts, eq(contacts.id, reveals.contactId)).where(eq(reveals.id, revealId)).get()?.contact;
}

export function providerRowsOf(db: Db, revealId: string) {
  return db.select().from(providerResults).where(eq(providerResults.revealId, revealId)).orderBy(asc(providerResults.position)).all();
}

/** Inbox rows in arrival order (rowid: two rows can share a millisecond). */
export function eventsOf(db: Db, revealId: string, source?: "webhook" | "track" | "match") {
  return db
    .select()
    .from(webhookEvents)
    .where(eq(webhookEvents.revealId, revealId))
    .orderBy(asc(sql`rowid`))
    .all()
    .filter((event) => source === undefined || event.source === source);
}

export function countEvents(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(webhookEvents).get()?.n ?? 0;
}

/** What the sandbox recorded for a reveal's accepted request: its webhook URL, payload and timings. */
export function sandboxRequestOf(db: Db, revealId: string) {
  const { trackingId } = revealRow(db, revealId);
  if (!trackingId) throw new Error(`reveal ${revealId} has no trackingId`);
  const row = db.select().from(sandboxRequests).where(eq(sandboxRequests.trackingId, trackingId)).get();
  if (!row) throw new Error(`the sandbox has no request ${trackingId}`);
  return row;
}

/** A Clodura Multi-Provider webhook body for one person. */
export function multiPayload(
  trackingId: string | null,
  phoneNumbers: Record<string, { status: string; [kind: string]: string | string[] }>,
  person: { personId?: string; firstName?: string; lastName?: string } = {},
) {
  return { trackingId, people: [{ personId: "2751275603503088159", firstName: "Brad", lastName: "Dickey", ...person, phoneNumbers }], status: "success" };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
