import { useEffect, useRef } from "react";
import type { CsvFileFacts } from "@/lib/csv/types";

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };
const SHOWN_ERRORS = 3;

/** What was read from the file, and what could not be, so a broken export is noticed before the table. */
export function FileFacts({ fileName, facts }: { fileName: string; facts: CsvFileFacts }) {
  const { rowCount, headers, delimiter, skippedBlankLines, errors } = facts;
  const heading = useRef<HTMLHeadingElement>(null);
  // The review replaced the file picker that had the focus: start a keyboard or screen-reader user at its top.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="min-w-0 space-y-1">
      <h1 ref={heading} tabIndex={-1} className="truncate text-lg font-semibold focus:outline-none" title={fileName}>
        {fileName}
      </h1>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {rowCount.toLocaleString("en")} {rowCount === 1 ? "row" : "rows"} · {headers.length} {headers.length === 1 ? "column" : "columns"} ·{" "}
        {DELIMITER_NAMES[delimiter] ?? `“${delimiter}”`}-separated
        {skippedBlankLines > 0 ? ` · ${skippedBlankLines.toLocaleString("en")} blank ${skippedBlankLines === 1 ? "line" : "lines"} skipped` : ""}
      </p>
      {errors.length > 0 ? (
        <div className="rounded-md bg-red-50 px-3 py-2 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">
          <p className="font-medium">
            {errors.length.toLocaleString("en")} {errors.length === 1 ? "problem" : "problems"} reading the file; the rows around {errors.length === 1 ? "it" : "them"} may be wrong:
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-4">
            {errors.slice(0, SHOWN_ERRORS).map((error) => (
              <li key={`${error.row}-${error.message}`}>
                {error.row === 0 ? "Header row" : `Row ${error.row}`}: {error.message}
              </li>
            ))}
          </ul>
          {errors.length > SHOWN_ERRORS ? <p className="mt-1">…and {(errors.length - SHOWN_ERRORS).toLocaleString("en")} more.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
