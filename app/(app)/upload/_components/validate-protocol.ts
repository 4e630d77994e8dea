import type { ColumnMapping, ParsedCsv, ValidatedRow } from "@/lib/csv/types";

// Messages between use-validated-rows.ts and validate-worker.ts (kept apart: importing the worker module runs it).
export type ValidateRequest =
  | { type: "load"; parsed: ParsedCsv }
  | { type: "load-rows"; rows: string[][] }
  | { type: "load-end" }
  | { type: "validate"; id: number; mapping: ColumnMapping };
export type ValidateResponse =
  | { type: "rows"; id: number; rows: ValidatedRow[] }
  | { type: "validated"; id: number }
  | { type: "error"; id: number; message: string };

