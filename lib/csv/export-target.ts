import { AppError } from "@/lib/errors";

/** `spreadsheet`: every cell safe to open in Excel. `crm`: the best number plain E.164, for CRM and dialer imports. */
export const exportTargets = ["spreadsheet", "crm"] as const;
export type ExportTarget = (typeof exportTargets)[number];

/** The `for` of an export link; spreadsheet when absent. */
export function parseExportTarget(value: string | null): ExportTarget {
  const target = value ?? "spreadsheet";
  if (!exportTargets.includes(target as ExportTarget)) throw new AppError("bad_request", `Export "for" is spreadsheet or crm, not "${target.slice(0, 40)}".`);
  return target as ExportTarget;
}
