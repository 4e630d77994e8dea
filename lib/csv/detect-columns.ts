import { normaliseLinkedIn } from "@/lib/linkedin";
import { HEADER_NAMES, headerKey, type HeaderRole } from "./header-names";
import type { ColumnMapping } from "./types";

const SAMPLE_CELLS = 50;
const PERSON_ID = /^\d{15,20}$/;
// Company and school pages contain "linkedin.com/" too, but never identify a person.
const PERSON_LINK = /linkedin\.com\/(?!company\/|school\/|showcase\/)/i;

/** Guesses which columns hold the person, by header name first, then by what the cells contain. */
export function detectColumns(headers: string[], sampleRows: string[][]): ColumnMapping {
  const keys = headers.map(headerKey);
  const samples = headers.map((_, column) => sampleColumn(sampleRows, column));
  const taken = new Set<number>();
  const claim = (column: number | null): number | null => {
    if (column !== null) taken.add(column);
    return column;
  };

  const linkedinUrl = claim(detectLinkedIn(keys, samples));
  // Guessed from long numbers only when no column holds LinkedIn URLs: a list's personId is sent instead of its URL, so
  // another id column (a Twitter ID) taken for it would ask Clodura for the wrong people.
  const personId = claim(byHeader(keys, "personId", taken) ?? (linkedinUrl === null ? byContent(samples, (cell) => PERSON_ID.test(cell), taken) : null));
  const firstName = claim(byHeader(keys, "firstName", taken));
  const lastName = claim(byHeader(keys, "lastName", taken));
  const fullName = claim(byHeader(keys, "fullName", taken));
  const company = claim(byHeader(keys, "company", taken));
  return { linkedinUrl, personId, firstName, lastName, fullName, company };
}

function detectLinkedIn(keys: string[], samples: string[][]): number | null {
  const named = candidatesByHeader(keys, "linkedinUrl", new Set());
  // Several LinkedIn-ish columns (a Sales Navigator URL and a public one): the one with the most usable profiles wins,
  // and of two as full, the one naming more people (the other is the contact owner's, the same on every row).
  const scored = named.map((column) => ({ column, ...profilesIn(samples[column] ?? []) }));
  scored.sort((a, b) => b.people - a.people || b.profiles - a.profiles);
  const best = scored[0];
  if (best && best.profiles > 0) return best.column;
  // A named column of links Clodura cannot read (Sales Navigator) loses to one whose header is in another language
  // ("Perfil público") but whose cells are public profiles.
  const readable = byContent(samples, isProfile, new Set(), (cells) => profilesIn(cells).people);
  if (readable !== null) return readable;
  // One column mixing profiles and personIds (a list built by hand): each row names its person either way.
  const mixed = byContent(samples, (cell) => isProfile(cell) || PERSON_ID.test(cell), new Set());
  if (mixed !== null && countProfiles(samples[mixed] ?? []) > 0) return mixed;
  if (best && (samples[best.column] ?? []).some((cell) => PERSON_LINK.test(cell))) return best.column;
  return byContent(samples, (cell) => PERSON_LINK.test(cell), new Set()) ?? best?.column ?? null;
}

function isProfile(cell: string): boolean {
  const person = normaliseLinkedIn(cell);
  return person.ok && person.linkedinUrl !== null;
}

function countProfiles(cells: string[]): number {
  return profilesIn(cells).profiles;
}

/** How many cells are profiles Clodura can read, and how many different people they name. */
function profilesIn(cells: string[]): { profiles: number; people: number } {
  const people = new Set<string>();
  let profiles = 0;
  for (const cell of cells) {
    const person = normaliseLinkedIn(cell);
    if (!person.ok || person.linkedinUrl === null) continue;
    profiles += 1;
    people.add(person.key);
  }
  return { profiles, people: people.size };
}

/** Columns whose header is a known name for the role, best-ranked name first, leftmost first on a tie. */
function candidatesByHeader(keys: string[], role: HeaderRole, taken: Set<number>): number[] {
  const names: readonly string[] = HEADER_NAMES[role];
  return keys
    .map((key, column) => ({ column, rank: names.indexOf(key) }))
    .filter(({ column, rank }) => rank >= 0 && !taken.has(column))
    .sort((a, b) => a.rank - b.rank || a.column - b.column)
    .map(({ column }) => column);
}

function byHeader(keys: string[], role: HeaderRole, taken: Set<number>): number | null {
  return candidatesByHeader(keys, role, taken)[0] ?? null;
}

/**
 * Of the columns where most sampled cells pass the test, the one ranked highest (by default the most cells passing;
 * ties: leftmost), or null when none has a majority.
 */
function byContent(samples: string[][], test: (cell: string) => boolean, taken: Set<number>, rank?: (cells: string[]) => number): number | null {
  let best: number | null = null;
  let bestRank = 0;
  for (const [column, cells] of samples.entries()) {
    if (taken.has(column)) continue;
    const hits = cells.filter(test).length;
    const score = rank ? rank(cells) : hits;
    if (hits * 2 > cells.length && score > bestRank) {
      best = column;
      bestRank = score;
    }
  }
  return best;
}

/** The first SAMPLE_CELLS non-empty cells of a column, trimmed. */
function sampleColumn(rows: string[][], column: number): string[] {
  const cells: string[] = [];
  for (const row of rows) {
    const cell = row[column]?.trim();
    if (cell) cells.push(cell);
    if (cells.length === SAMPLE_CELLS) break;
  }
  return cells;
}
