export { parseCsvText } from "./parse-csv";
export { openCsvFileInWorker, type OpenedCsv } from "./parse-in-worker";
export { MAX_CSV_BYTES } from "./read-csv-file";
export { detectColumns } from "./detect-columns";
export { validateCsvRows } from "./validate-rows";
export { toCsv, neutraliseFormula } from "./export-csv";
export type { ColumnMapping, CsvFileFacts, CsvWorkerMessage, CsvWorkerRequest, ParsedCsv, ValidatedRow, ValidatedRowStatus } from "./types";
