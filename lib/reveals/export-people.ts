import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { csvStream } from "@/lib/csv/csv-stream";
import { plainNumber, type CsvCell } from "@/lib/csv/export-csv";
import type { ExportTarget } from "@/lib/csv/export-target";
import { bestNumber, everyNumber } from "./best-number";
import { listPeople, parsePersonCursor, type PeopleQuery } from "./list-people";
import type { Person } from "./people-schemas";

const PEOPLE_PER_CHUNK = 2_000;
const DAY_MS = 86_400_000;

const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * The People page as CSV, with its search and filter: one row per person by their latest answer, newest first,
 * streamed a page at a time. For managers: it is the whole team's phone book.
 */
export function exportPeopleCsv(db: Db, viewer: SessionUser, query: Omit<PeopleQuery, "limit" | "before">, target: ExportTarget = "spreadsheet", now = Date.now()) {
  const header = [
    "First name", "Last name", "Company", "LinkedIn URL", "personId", "Answer",
    "Best number (E.164)", "Best number type", "Best number provider", "All numbers",
    "Revealed by", "Answered (UTC)", "Free to reuse until (UTC)",
  ];
  let before: PeopleQuery["before"];
  const body = csvStream(header, () => {
    const page = listPeople(db, viewer, { ...query, limit: PEOPLE_PER_CHUNK, before }, now);
    before = page.next === null ? undefined : (parsePersonCursor(page.next) ?? undefined);
    return { rows: page.people.map((person) => personCells(person, page.freshnessDays, target)), more: page.next !== null };
  });
  return { fileName: `reveal-desk-people-${utcDay(now)}${target === "crm" ? "-for-crm" : ""}.csv`, body };
}

function personCells(person: Person, freshnessDays: number, target: ExportTarget): CsvCell[] {
  const best = bestNumber(person.results);
  const dial = best ? (best.number.e164 ?? best.number.raw) : "";
  return [
    person.firstName, person.lastName, person.company, person.linkedinUrl, person.personId, person.state === "found" ? "found" : "not found",
    target === "crm" ? plainNumber(dial) : dial, best?.number.type ?? "", best?.provider ?? "", everyNumber(person.results),
    person.revealedBy, utcDay(person.answeredAt), person.fresh ? utcDay(person.answeredAt + freshnessDays * DAY_MS) : `older than ${freshnessDays} days`,
  ];
}
