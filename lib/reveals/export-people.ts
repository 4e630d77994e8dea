import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { fileNameSlug } from "@/lib/api/file-name-slug";
import type { SessionUser } from "@/lib/auth/roles";
import { dayIn, zoneLabel } from "@/lib/credits/periods";
import { csvStream } from "@/lib/csv/csv-stream";
import { plainNumber, spreadsheetId, type CsvCell } from "@/lib/csv/export-csv";
import type { ExportTarget } from "@/lib/csv/export-target";
import { getSetting } from "@/lib/settings/settings";
import { bestNumber, everyNumber } from "./best-number";
import { listPeople, parsePersonCursor, type PeopleQuery } from "./list-people";
import type { PeopleOutcome, Person } from "./people-schemas";
import { formatDays } from "@/lib/ui/format-when";

const PEOPLE_PER_CHUNK = 2_000;
const DAY_MS = 86_400_000;

/**
 * The People page as CSV, with its search and filter: one row per person by their latest answer, newest first,
 * streamed a page at a time. For managers: it is the whole team's phone book.
 */
export function exportPeopleCsv(db: Db, viewer: SessionUser, query: Omit<PeopleQuery, "limit" | "before">, target: ExportTarget = "spreadsheet", now = Date.now()) {
  // Days on the team's calendar, as the app shows them.
  const timeZone = getSetting(db, "timeZone");
  const day = (at: number) => dayIn(at, timeZone);
  const header = [
    "First name", "Last name", "Company", "LinkedIn URL", "personId", "Answer",
    "Best number (E.164)", "Best number type", "Best number provider", "All numbers",
    "Revealed by", `Answered (${zoneLabel(timeZone)})`, `Free to reuse until (${zoneLabel(timeZone)})`,
  ];
  let before: PeopleQuery["before"];
  const body = csvStream(header, () => {
    const page = listPeople(db, viewer, { ...query, limit: PEOPLE_PER_CHUNK, before }, now);
    before = page.next === null ? undefined : (parsePersonCursor(page.next) ?? undefined);
    return { rows: page.people.map((person) => personCells(person, page.freshnessDays, target, day)), more: page.next !== null };
  });
  return { fileName: `reveal-desk-people-${day(now)}${narrowedSuffix(db, query)}${target === "crm" ? "-for-crm" : ""}.csv`, body };
}

const OUTCOME_WORDS: Record<PeopleOutcome, string> = { all: "", found: "-with-number", not_found: "-no-number" };

/** "-with-number-by-jordan-park-matching": a narrowed directory is not taken for the team's whole phone book. */
function narrowedSuffix(db: Db, query: Omit<PeopleQuery, "limit" | "before">): string {
  const by = query.revealedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, query.revealedBy)).get()?.name : undefined;
  const byWords = query.revealedBy ? `-by-${fileNameSlug(by ?? null, 30) || "one-sdr"}` : "";
  return `${OUTCOME_WORDS[query.outcome ?? "all"]}${byWords}${query.search?.trim() ? "-matching" : ""}`;
}

function personCells(person: Person, freshnessDays: number, target: ExportTarget, day: (at: number) => string): CsvCell[] {
  const best = bestNumber(person.results);
  const dial = best ? (best.number.e164 ?? best.number.raw) : "";
  return [
    person.firstName, person.lastName, person.company, person.linkedinUrl, target === "crm" ? person.personId : spreadsheetId(person.personId), person.state === "found" ? "found" : person.ranOutOfCredits ? "unfinished" : "not found",
    target === "crm" ? plainNumber(dial) : dial, best?.number.type ?? "", best?.provider ?? "", everyNumber(person.results),
    person.revealedBy, day(person.answeredAt), reuseUntil(person, freshnessDays, day),
  ];
}

/** When the ledger stops answering this person for free: a date, or why it does not. */
function reuseUntil(person: Person, freshnessDays: number, day: (at: number) => string): string {
  if (person.ranOutOfCredits) return "never: unfinished, Clodura's credits ran out";
  if (person.noNumberSent) return "never: the provider that said found sent no number";
  if (!person.fresh) return `older than ${formatDays(freshnessDays)}`;
  const until = day(person.answeredAt + freshnessDays * DAY_MS);
  return person.withoutPartners ? `${until} (lists without partner providers)` : until;
}
