import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, contacts, creditLedger, reveals, users } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { rangeBounds, type DayRange } from "./periods";
import { batchLabel } from "@/lib/reveals/batch-label";
import { batchNamingColumns } from "@/lib/reveals/batch-naming-columns";

/** The reveals behind a dashboard figure: any of user, provider, batch or a single day, within the period. */
export type ChargeFilter = { range: DayRange; userId: string | null; provider?: string | null; batchId?: string | null };
export type ChargeCursor = { at: number; id: string };

export type ChargeLine = {
  id: string;
  at: number;
  userName: string;
  provider: string;
  plan: string;
  amount: number;
  estimated: boolean;
  batchId: string;
  batchName: string;
  revealId: string;
  linkedinUrl: string | null;
  personId: string | null;
  personName: string;
};

export const CHARGE_PAGE = 100;

/** Newest first, a page at a time (keyset on created_at, id: each ledger index ends with created_at). */
export function listCharges(db: Db, filter: ChargeFilter, cursor: ChargeCursor | null, limit = CHARGE_PAGE): { lines: ChargeLine[]; next: ChargeCursor | null } {
  const rows = selectCharges(db, filter, cursor, limit + 1);
  const lines = rows.slice(0, limit);
  const last = lines.at(-1);
  return { lines, next: rows.length > limit && last ? { at: last.at, id: last.id } : null };
}

/** Every matching charge, newest first, for the CSV export, read in pages so memory stays flat. */
export function* iterateCharges(db: Db, filter: ChargeFilter): Generator<ChargeLine> {
  let cursor: ChargeCursor | null = null;
  do {
    const page = listCharges(db, filter, cursor, 2_000);
    yield* page.lines;
    cursor = page.next;
  } while (cursor);
}

function selectCharges(db: Db, filter: ChargeFilter, cursor: ChargeCursor | null, limit: number): ChargeLine[] {
  const { start, end } = rangeBounds(filter.range, getSetting(db, "timeZone"));
  const conditions: (SQL | undefined)[] = [
    gte(creditLedger.createdAt, new Date(start)),
    lt(creditLedger.createdAt, new Date(end)),
    filter.userId ? eq(creditLedger.userId, filter.userId) : undefined,
    filter.provider ? eq(creditLedger.provider, filter.provider) : undefined,
    filter.batchId ? eq(creditLedger.batchId, filter.batchId) : undefined,
    cursor
      ? or(lt(creditLedger.createdAt, new Date(cursor.at)), and(eq(creditLedger.createdAt, new Date(cursor.at)), lt(creditLedger.id, cursor.id)))
      : undefined,
  ];
  return db
    .select({
      id: creditLedger.id,
      at: creditLedger.createdAt,
      userName: users.name,
      provider: creditLedger.provider,
      plan: creditLedger.plan,
      amount: creditLedger.amount,
      estimated: creditLedger.estimated,
      batchId: creditLedger.batchId,
      naming: batchNamingColumns,
      revealId: creditLedger.revealId,
      linkedinUrl: contacts.linkedinUrl,
      personId: contacts.personId,
      personName: sql<string>`trim(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, ''))`,
    })
    .from(creditLedger)
    .innerJoin(users, eq(users.id, creditLedger.userId))
    .innerJoin(batches, eq(batches.id, creditLedger.batchId))
    .innerJoin(reveals, eq(reveals.id, creditLedger.revealId))
    .innerJoin(contacts, eq(contacts.id, reveals.contactId))
    .where(and(...conditions))
    .orderBy(desc(creditLedger.createdAt), desc(creditLedger.id))
    .limit(limit)
    .all()
    .map(({ naming, at, ...row }) => ({
      ...row,
      at: at.getTime(),
      batchName: batchLabel(naming),
    }));
}
