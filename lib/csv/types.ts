/** A CSV file split into a header row and data rows; every cell is the raw string from the file. */
export type ParsedCsv = {
  /** Trimmed and unique ("Column 3", "Email (2)"); "Column 1…N" when the file has no header row. */
  headers: string[];
  /** The header row as the file wrote it (untrimmed, repeats kept), or null when the file has none. */
  headerCells?: string[] | null;
  /** Excel's "sep=;" first line as written, which names the delimiter; null when the file has none. */
  separatorLine?: string | null;
  /**
   * Data rows. Whole rows are never shorter than `headers` (padded with ""), and longer ones keep their extra cells.
   * When `keptColumns` is set, rows after the first SAMPLE_ROWS hold only those columns, at their own indexes.
   */
  rows: string[][];
  /**
   * The row each data row is on in a spreadsheet (Excel, Sheets): the header is row 1 and blank lines count, so a rep
   * finds "row 9" where the report says it is. A quoted cell's line breaks do not start a row.
   */
  rowNumbers: number[];
  /** The columns every row holds, ascending; null when every row is whole. */
  keptColumns: number[] | null;
  delimiter: string;
  /** Lines with nothing but whitespace or delimiters, e.g. Excel's ";;;" rows. */
  skippedBlankLines: number;
  /** `row` is the spreadsheet row (as `rowNumbers`), 0 for the header row. */
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
  /** The row a spreadsheet shows it on (ParsedCsv.rowNumbers): unique within the file. */
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

/** What the page keeps of a parsed file: everything but the rows, which stay in the CSV worker. */
export type CsvFileFacts = Omit<ParsedCsv, "rows" | "rowNumbers" | "keptColumns" | "headerCells" | "separatorLine"> & {
  rowCount: number;
  /** The columns guessed from the headers and sample rows (detectColumns); the rows are first checked with these. */
  detected: ColumnMapping;
  /** The first rows, for column detection and the mapping's examples. */
  sampleRows: string[][];
};

/** `parse` once per worker; then `validate` as often as the mapping changes (each answer carries its id). */
export type CsvWorkerRequest =
  | { type: "parse"; file: File }
  | { type: "parse"; text: string }
  | { type: "validate"; id: number; mapping: ColumnMapping };

/**
 * Rows per message from the worker: copying 100,000 validated rows in one message blocks the page for a third of a
 * second, and 5,000 at a time keeps every copy short.
 */
export const ROWS_PER_MESSAGE = 5_000;

/**
 * Validated rows arrive in `rows` messages, in order, then `validated`; answers to an older id can be dropped. Before
 * them, `rereading` reports progress when the mapping reads a column the worker must read the file again for.
 */
export type CsvWorkerMessage =
  | { type: "progress"; fraction: number }
  | { type: "parsed"; facts: CsvFileFacts }
  | { type: "error"; message: string }
  | { type: "rereading"; id: number; fraction: number }
  | { type: "rows"; id: number; rows: ValidatedRow[] }
  | { type: "validated"; id: number }
  | { type: "validate-error"; id: number; message: string };
