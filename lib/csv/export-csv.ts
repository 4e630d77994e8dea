// Also behind leading spaces or quotes, which a spreadsheet may skip before it reads a formula, and a leading line break.
const FORMULA_START = /^[\t\r\n]|^[\s"]*[=+\-@]/;
// The same start after a "," or ";" inside a cell: an Excel whose list separator is the other one (German, French…
// for ";") splits the line there, quotes or not, and the part after it is a cell of its own; after a line break too,
// which that Excel takes for the row's end. A bare "+digits" part
// there is a number to Excel at worst, so it is left as written.
// Spaces and quotes are skipped, never line breaks: each break is a start of its own, and skipping a run of them from
// every break before it took time growing with the square of the run (a crafted cell froze the page's report download).
const FORMULA_AFTER_SEPARATOR = /(?<=[,;\r\n])(?!\n)(?=(?:[^\S\r\n]|")*[=+\-@])(?!(?:[^\S\r\n]|")*\+\d+(?:[,;\r\n]|$))/g;
// A whole negative number is a value to a spreadsheet, never a formula: "-5" stays "-5".
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;
// ";" too: Excel set to a ";" list separator (German, French…) splits an unquoted cell there, and "Acme;=cmd|…" would
// become a cell of its own that starts with "=". A tab too: a tool that guesses the delimiter may take it for one.
const NEEDS_QUOTES = /[",;\t\r\n]/;
const E164 = /^\+[1-9]\d{5,14}$/;
// A phone number as a list writes it: "+", then digits, spaces, brackets, dots and dashes. To a spreadsheet that is
// arithmetic at worst (no letter, so no function, reference or link), so a file for a CRM import keeps it as written.
// Plain spaces only: a line break or a tab in the cell is no phone number, and written unquoted it would split the row.
const LISTED_PHONE = /^\+\d[\d ().-]{5,}$/;

/** A phone number written without the guard's quote, for CRM and dialer imports (which would keep the '). */
export type PlainNumber = { plain: string };
export type CsvCell = string | number | null | PlainNumber;

/**
 * Marks an E.164 number to be written as is. Only "+" and digits qualify: to a spreadsheet that is a number at worst,
 * never a function call or a reference; anything else stays a string and is neutralised as usual.
 */
export function plainNumber(value: string): PlainNumber | string {
  return E164.test(value) ? { plain: value } : value;
}

/** A cell of the rep's own file, in the copy made for a CRM import: a phone number in it goes back as the file had it. */
export function crmCell(value: string): PlainNumber | string {
  return value.charCodeAt(0) === 43 && LISTED_PHONE.test(value) ? { plain: value } : value;
}

const LONG_DIGITS = /^\d{16,}$/;

/**
 * A personId for the spreadsheet file: past 15 digits Excel reads it as a number and rounds away its last digits,
 * so it gets the same leading ' a guarded cell gets, which keeps it text. The upload reads it back without the '.
 */
export function spreadsheetId(value: string | null): string | null {
  return value !== null && LONG_DIGITS.test(value) ? `'${value}` : value;
}

/**
 * OWASP CSV-injection guard: a cell starting with = + - @ (after any spaces or quotes), TAB, CR or LF gets a leading ',
 * and so does each part of it after a "," or ";" that starts so ("Acme;=1+1" → "Acme;'=1+1").
 * Phone numbers get it too, deliberately: "+1-415-555-0134" is arithmetic to Excel and "+14155550134" is read as a
 * number that loses its plus, so the quote is also what keeps every digit and the + on screen (some apps show the ').
 */
export function neutraliseFormula(value: string): string {
  if (NEGATIVE_NUMBER.test(value)) return value;
  const parts = value.replace(FORMULA_AFTER_SEPARATOR, "'");
  return FORMULA_START.test(parts) ? `'${parts}` : parts;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM (so Excel reads accents right); strings are formula-neutralised.
 * `delimiter`: ";" for a file answering one written for an Excel that separates with ";".
 */
export function toCsv(header: string[], rows: CsvCell[][], delimiter = ","): string {
  const lines = [formatLine(header, delimiter)];
  for (const row of rows) lines.push(formatLine(row, delimiter));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * One CSV line (no line end), cells quoted and formula-neutralised as in `toCsv`: for streamed exports, and for a file
 * given back with its own delimiter (a tab-separated one quotes cells holding a tab).
 */
export function formatLine(cells: CsvCell[], delimiter = ","): string {
  return cells.map((cell) => formatCell(cell, delimiter)).join(delimiter);
}

function formatCell(value: CsvCell, delimiter: string): string {
  if (value === null) return "";
  // Numbers are written as numbers: a negative count is a value, not a formula.
  const text = typeof value === "object" ? value.plain : typeof value === "number" ? String(value) : neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}
