"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ExportTarget } from "@/lib/csv/export-target";
import { mergeFileInWorker } from "@/lib/csv/merge-in-worker";
import { listedPeople } from "@/lib/reveals/listed-people";
import { pendingCount } from "@/lib/reveals/state-machine";
import type { BatchView } from "@/lib/reveals/schemas";
import { downloadBlob } from "@/lib/ui/download-file";

type Progress = { state: "idle" } | { state: "working"; fraction: number } | { state: "done"; message: string } | { state: "error"; message: string };

/**
 * "Add numbers to your file": the rep chooses the uploaded file again, and gets it back with each person's numbers on
 * their own row, every column of theirs kept (Email, CRM ids, notes). It is written in the browser: the file never
 * leaves it, and nothing more is stored than the row each person came from.
 */
export function AddToYourFile({ batch, rowsLoading }: { batch: Pick<BatchView, "fileName" | "rows" | "counts">; rowsLoading: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  const running = useRef<AbortController | null>(null);
  // Which button opened the file chooser: the file comes back for a spreadsheet, or with plain numbers for a CRM.
  const target = useRef<ExportTarget>("spreadsheet");
  useEffect(() => () => running.current?.abort(), []);
  const fileName = batch.fileName ?? "the uploaded file";

  async function merge(file: File, target: ExportTarget) {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setProgress({ state: "working", fraction: 0 });
    try {
      const merged = await mergeFileInWorker({ file, people: listedPeople(batch.rows), fileName, target }, (fraction) => setProgress({ state: "working", fraction }), controller.signal);
      const name = withPhonesName(file.name, target);
      downloadBlob(name, merged.file);
      const open = pendingCount(batch.counts);
      setProgress({
        state: "done",
        message: `${name} downloaded: ${merged.rows.toLocaleString("en")} rows, ${merged.withResults.toLocaleString("en")} with a number.${heldBackNote(merged.heldBack)}${open > 0 ? ` ${open.toLocaleString("en")} still being revealed: add them again once they are answered.` : ""}`,
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      setProgress({ state: "error", message: error instanceof Error ? error.message : "The file could not be written." });
    }
  }

  const working = progress.state === "working";
  const choose = (wanted: ExportTarget) => {
    target.current = wanted;
    input.current?.click();
  };
  return (
    <div className="flex flex-col items-start gap-x-3 gap-y-1 sm:flex-row sm:items-center">
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        className="sr-only"
        tabIndex={-1}
        aria-label={`Your file (${fileName})`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void merge(file, target.current);
        }}
      />
      <div role="group" aria-label="Add numbers to your file" className="flex shrink-0 flex-wrap gap-2">
        <Button variant="secondary" size="sm" disabled={working || rowsLoading} aria-describedby={statusId} onClick={() => choose("spreadsheet")}>
          {working ? `Adding numbers… ${Math.round(progress.fraction * 100)}%` : "Add numbers to your file"}
        </Button>
        <Button variant="ghost" size="sm" disabled={working || rowsLoading} aria-describedby={statusId} aria-label="Add numbers to your file for CRM import" onClick={() => choose("crm")}>
          …for CRM import
        </Button>
      </div>
      <p id={statusId} role={progress.state === "error" ? "alert" : "status"} className={`min-w-0 text-sm sm:flex-1 ${progress.state === "error" ? "text-red-700 dark:text-red-400" : "text-zinc-500 dark:text-zinc-400"}`}>
        {progress.state === "done" || progress.state === "error"
          ? progress.message
          : rowsLoading
            ? "Once every row is loaded, choose your file again to get it back with the numbers on each row."
            : `Choose ${fileName} again: you get it back with each person's numbers on their row and all your columns kept, for a spreadsheet or, with the best number plain (+E.164), for a CRM. It is written in your browser.`}
      </p>
    </div>
  );
}

/** "apollo.csv" → "apollo-with-phones.csv" (or "…-with-phones-for-crm.csv"); a tab-separated file keeps its own ending. */
function withPhonesName(name: string, target: ExportTarget): string {
  const match = /^(.*?)(\.(?:csv|tsv|txt))?$/i.exec(name);
  const base = match?.[1] || "list";
  return `${base}-with-phones${target === "crm" ? "-for-crm" : ""}${match?.[2]?.toLowerCase() ?? ".csv"}`;
}

/** Rows whose name is not their LinkedIn URL's person's: said beside the count, since the file alone would hide them. */
function heldBackNote(heldBack: number): string {
  if (heldBack === 0) return "";
  const rows = heldBack === 1 ? "1 row was" : `${heldBack.toLocaleString("en")} rows were`;
  return ` ${rows} left without numbers: the name on the row is not the LinkedIn URL's person (the row's "Reveal Desk state" says whose it is).`;
}
