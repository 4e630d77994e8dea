"use client";

import { useRef, useState, type DragEvent } from "react";
import { MAX_CSV_BYTES } from "@/lib/csv/read-csv-file";
import { useInputBeforeHydration } from "@/lib/ui/use-input-before-hydration";

const NOT_CSV = /\.(xlsx|xlsm|xls|numbers|ods|pdf|docx?|zip|json|png|jpe?g|gif)$/i;

/** Drag-and-drop plus a real file input (Tab reaches it; Enter or Space opens the picker). */
export function DropZone({ onFile, onReject }: { onFile: (file: File) => void; onReject: (message: string) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  useInputBeforeHydration(inputRef, (input) => {
    take(input.files);
    input.value = "";
  });

  function take(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    if (files.length > 1) return onReject(`You dropped ${files.length} files: drop one CSV file at a time.`);
    if (NOT_CSV.test(file.name)) {
      const excel = /\.(xlsx|xlsm|xls|numbers|ods)$/i.test(file.name);
      return onReject(
        excel
          ? `${file.name} is a spreadsheet workbook, not a CSV file: in Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, or in Google Sheets File › Download › CSV, and upload that file.`
          : `${file.name} is not a CSV file: export the list as CSV (comma or semicolon separated) and upload that file.`,
      );
    }
    onFile(file);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor="csv-file" className="text-sm font-medium">
        CSV file
      </label>
      <div
        onClick={() => inputRef.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500/30 ${
          dragging ? "border-indigo-500 bg-indigo-50 dark:bg-indigo-950/40" : "border-zinc-300 bg-white hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900"
        }`}
      >
        <input
          ref={inputRef}
          id="csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby="csv-file-hint"
          className="sr-only"
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => {
            take(event.target.files);
            event.target.value = "";
          }}
        />
        <p className="text-sm font-medium">{dragging ? "Drop the file to check it" : "Drop a CSV file here, or click to choose one"}</p>
        <p id="csv-file-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          Up to {MAX_CSV_BYTES / 1024 / 1024} MB and 100,000 rows. The file is checked in your browser; nothing is sent or charged until you press Reveal.
        </p>
      </div>
    </div>
  );
}
