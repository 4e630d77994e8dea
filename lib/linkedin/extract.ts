import { normaliseLinkedIn } from "./normalise";
import type { PastedEntry } from "./types";

const LINE_BREAK = /\r\n|\r|\n/;
// Copy-paste from web pages and chat apps leaves zero-width characters inside URLs.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Separators between candidates, plus the brackets of <url> and markdown [text](url).
const TOKEN = /[^\s,;|<>()[\]{}"`]+/g;
const LEADING_PUNCTUATION = /^['‘’“”«]+/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>"'‘’“”»…]+$/;
const URL_LIKE = /:\/\/|^www\.|linkedin\.|lnkd\.in|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i;
const DIGITS = /^[0-9]{6,}$/;
const PROSE_MIN_ID_DIGITS = 15;
const NO_CANDIDATE =
  "No LinkedIn profile URL or Clodura personId found on this line: paste a URL like https://www.linkedin.com/in/jane-doe/ or a 19-digit personId.";

type Classified = Exclude<PastedEntry, { status: "duplicate" }>;

/** Splits pasted text into classified candidates, one per URL or personId, flagging repeats of the same person. */
export function parsePastedProfiles(text: string): PastedEntry[] {
  const entries: PastedEntry[] = [];
  const seen: Seen = { lineByKey: new Map(), lineByPersonId: new Map() };
  const lines = text.split(LINE_BREAK);
  for (let index = 0; index < lines.length; index++) {
    for (const entry of classifyLine(lines[index] ?? "", index + 1)) {
      entries.push(markDuplicate(entry, seen));
    }
  }
  return entries;
}

function classifyLine(rawLine: string, line: number): Classified[] {
  const trimmed = rawLine.replace(INVISIBLE, "").trim();
  if (trimmed === "") return [];
  const candidates = findCandidates(trimmed);
  if (candidates.length > 0) return pairProfileWithId(candidates.map((input) => toEntry(input, line)));
  // A lone token gets its own specific reason; a line of prose is one entry, not one per word.
  if (!/\s/.test(trimmed)) return [toEntry(trimmed, line)];
  return [{ status: "unsupported", line, input: trimmed, kind: "malformed", reason: NO_CANDIDATE }];
}

function findCandidates(line: string): string[] {
  const candidates: string[] = [];
  let hasProse = false;
  for (const match of line.matchAll(TOKEN)) {
    const token = match[0].replace(LEADING_PUNCTUATION, "").replace(TRAILING_PUNCTUATION, "");
    // Markdown autolinks repeat the URL as [url](url); that is one person, not a duplicate.
    if (candidates.includes(token)) continue;
    if (URL_LIKE.test(token) || DIGITS.test(token)) candidates.push(token);
    else if (token !== "") hasProse = true;
  }
  // In prose, short digit runs are phone numbers or dates far more often than personIds.
  return hasProse ? candidates.filter((token) => !DIGITS.test(token) || token.length >= PROSE_MIN_ID_DIGITS) : candidates;
}

function toEntry(input: string, line: number): Classified {
  const result = normaliseLinkedIn(input);
  if (!result.ok) return { status: "unsupported", line, input, reason: result.reason, kind: result.kind };
  return { status: "ok", line, input, key: result.key, linkedinUrl: result.linkedinUrl, personId: result.personId };
}

/**
 * A line with one profile URL and one personId ("Bo: linkedin.com/in/bo-smith 2740346354988674825", as a CRM row is
 * copied) names one person: the URL, with its personId beside it, as an upload's row with both columns. Counted as two
 * it was two free rows, or two paid requests for one person.
 */
function pairProfileWithId(entries: Classified[]): Classified[] {
  const ok = entries.filter((entry) => entry.status === "ok");
  const profile = ok.find((entry) => entry.linkedinUrl !== null);
  const id = ok.find((entry) => entry.linkedinUrl === null);
  // A short number beside a URL is a CRM's record id as often as not; Clodura's personIds run to 19 digits.
  if (ok.length !== 2 || !profile || !id || profile.personId !== null || (id.personId ?? "").length < PROSE_MIN_ID_DIGITS) return entries;
  const paired: Classified = { ...profile, input: `${profile.input} ${id.input}`, personId: id.personId };
  return entries.flatMap((entry) => (entry === profile ? [paired] : entry === id ? [] : [entry]));
}

type Seen = { lineByKey: Map<string, number>; lineByPersonId: Map<string, number> };

/** A repeat of an earlier entry's person: the same profile or personId, or a personId already named beside a URL. */
function markDuplicate(entry: Classified, seen: Seen): PastedEntry {
  if (entry.status !== "ok") return entry;
  const firstLine = seen.lineByKey.get(entry.key) ?? (entry.personId === null ? undefined : seen.lineByPersonId.get(entry.personId));
  if (firstLine === undefined) {
    seen.lineByKey.set(entry.key, entry.line);
    if (entry.personId !== null) seen.lineByPersonId.set(entry.personId, entry.line);
    return entry;
  }
  // A repeat that brings a personId: that id names the first line's person too, wherever it comes later.
  if (entry.personId !== null && !seen.lineByPersonId.has(entry.personId)) seen.lineByPersonId.set(entry.personId, firstLine);
  return { status: "duplicate", line: entry.line, input: entry.input, key: entry.key, firstLine };
}
