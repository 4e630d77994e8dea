/** A CSV file split into a header row and data rows; every cell is the raw string from the file. */
export type ParsedCsv = {
  /** Trimmed and unique ("Column 3", "Email (2)"); "Column 1…N" when the file has no header row. */
  headers: string[];
  /** Data rows, never shorter than `headers` (padded with ""); longer rows keep their extra cells. */
  rows: string[][];
  delimiter: string;
  /** Lines with nothing but whitespace or delimiters, e.g. Excel's ";;;" rows. */
  skippedBlankLines: number;
  /** `row` is the 1-based data row (header excluded), 0 for the header row. */
  errors: { row: number; message: string }[];
};

/** Column indexes into ParsedCsv.headers, or null when the file has no such column. */
export type ColumnMapping = {
  linkedinUrl: number | null;
  personId: number | null;
  firstName: number | null;
  lastName: number | null;
  /** A single "Name" / "Full Name" column, used only when there is no first/last name column. */
  fullName: number | null;
  company: number | null;
};

export type ValidatedRowStatus = "ok" | "duplicate" | "unsupported" | "empty";

export type ValidatedRow = {
  /** 1-based data row, header excluded. */
  row: number;
  status: ValidatedRowStatus;
  /** Team-wide identity ("li:…" or "pid:…"), set for ok and duplicate rows. */
  key?: string;
  linkedinUrl?: string | null;
  personId?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  /** A sentence the user can act on; set for every status except ok. */
  reason?: string;
  duplicateOfRow?: number;
  /** The cell the row was judged on, as written in the file (trimmed). */
  input: string;
};

export type CsvWorkerRequest = { file: File } | { text: string };

/**
 * Rows per message between the page and its workers: copying 100,000 rows in one message blocks the page for a
 * third of a second (most of a second for a 40-column export), and 5,000 at a time keeps every copy short.
 */
export const ROWS_PER_MESSAGE = 5_000;

/** The parsed rows arrive in `rows` messages, in order; `done` carries everything else, with `rows` empty. */
export type CsvWorkerMessage =
  | { type: "progress"; fraction: number }
  | { type: "rows"; rows: string[][] }
  | { type: "done"; result: ParsedCsv }
  | { type: "error"; message: string };
