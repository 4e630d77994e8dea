"use client";

import { Button } from "@/components/ui/button";
import { ROW_STATUSES, statusLook, type RowStatus } from "./report-rows";

type Props = {
  total: number;
  counts: Record<RowStatus, number>;
  filter: RowStatus | "all";
  onFilter: (filter: RowStatus | "all") => void;
  /** Rows already revealed within the window: the only ones "Reveal again" applies to. */
  revealedRows: number;
  again: number;
  onAgainAll: (again: boolean) => void;
  onDownload: () => void;
};

export function ReportToolbar({ total, counts, filter, onFilter, revealedRows, again, onAgainAll, onDownload }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs">
      <label className="flex items-center gap-1.5">
        <span className="font-medium">Show</span>
        <select
          value={filter}
          onChange={(event) => onFilter(event.target.value as RowStatus | "all")}
          className="h-7 rounded-md border border-zinc-300 bg-white px-1.5 outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value="all">All rows ({total.toLocaleString("en")})</option>
          {ROW_STATUSES.map((status) => (
            <option key={status} value={status} disabled={counts[status] === 0}>
              {statusLook[status].label} ({counts[status].toLocaleString("en")})
            </option>
          ))}
        </select>
      </label>
      {revealedRows > 0 ? (
        <Button variant="secondary" size="sm" onClick={() => onAgainAll(again < revealedRows)}>
          {again < revealedRows ? (revealedRows === 1 ? "Reveal the 1 already revealed again" : `Reveal all ${revealedRows.toLocaleString("en")} already revealed again`) : "Clear “Reveal again”"}
        </Button>
      ) : null}
      <Button variant="secondary" size="sm" onClick={onDownload} className="ml-auto">
        Download report (CSV)
      </Button>
    </div>
  );
}
