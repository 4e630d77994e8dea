"use client";

import { memo, useId } from "react";
import type { ColumnMapping as Mapping } from "@/lib/csv/types";
import { PERSON_CELL } from "@/lib/csv/person-cell";
import { sampleCell } from "@/lib/csv/sample-cell";

const FIELDS: { field: keyof Mapping; label: string; hint?: string }[] = [
  { field: "linkedinUrl", label: "LinkedIn URL column" },
  { field: "personId", label: "personId column", hint: "Used when a row has no usable LinkedIn URL." },
  { field: "firstName", label: "First name column" },
  { field: "lastName", label: "Last name column" },
  { field: "fullName", label: "Full name column", hint: "Split into first and last name when those columns are not set." },
  { field: "company", label: "Company column" },
];

type Props = { headers: string[]; sampleRows: string[][]; mapping: Mapping; onChange: (mapping: Mapping) => void };

/** One select per role, pre-filled by detectColumns; each shows a sample cell so a wrong guess is obvious. */
export const ColumnMapping = memo(function ColumnMapping({ headers, sampleRows, mapping, onChange }: Props) {
  const noIdentity = mapping.linkedinUrl === null && mapping.personId === null;
  // Nothing to choose from: the file itself lacks the column, which no choice above can fix.
  const noProfilesInFile = noIdentity && !sampleRows.some((cells) => cells.some((cell) => PERSON_CELL.test(cell)));
  return (
    <section aria-labelledby="mapping-heading" className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="mapping-heading" className="text-sm font-semibold">
        Columns
      </h2>
      <p className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">Guessed from the headers and the first rows. Change any that are wrong; the rows are checked again at once.</p>
      <div className="grid gap-x-4 gap-y-3 sm:grid-cols-2 xl:grid-cols-3">
        {FIELDS.map(({ field, label, hint }) => (
          <MappingSelect
            key={field}
            label={label}
            hint={hint}
            headers={headers}
            value={mapping[field]}
            sample={sampleCell(sampleRows, mapping[field], field === "linkedinUrl" || field === "personId")}
            onChange={(column) => onChange({ ...mapping, [field]: column })}
          />
        ))}
      </div>
      {noIdentity ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {noProfilesInFile
            ? "This file has no LinkedIn URLs or personIds, so no row can be revealed: export it again with the LinkedIn URL column included (Apollo calls it \"Person Linkedin Url\")."
            : "No column holds LinkedIn URLs or personIds, so no row can be revealed: choose the LinkedIn URL column (or the personId column) above."}
        </p>
      ) : null}
    </section>
  );
});

type SelectProps = { label: string; hint?: string; headers: string[]; value: number | null; sample: string | null; onChange: (column: number | null) => void };

function MappingSelect({ label, hint, headers, value, sample, onChange }: SelectProps) {
  const id = useId();
  return (
    <div className="min-w-0 text-sm">
      <label htmlFor={id} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300" title={hint}>
        {label}
      </label>
      {/* The sample and the hint are the select's description: a screen reader or a keyboard user gets them without hovering. */}
      <select
        id={id}
        aria-describedby={`${id}-note`}
        value={value === null ? "" : String(value)}
        onChange={(event) => onChange(event.target.value === "" ? null : Number(event.target.value))}
        className="mt-1 block h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900"
      >
        <option value="">— none —</option>
        {headers.map((header, column) => (
          <option key={column} value={column}>
            {header}
          </option>
        ))}
      </select>
      {value !== null && sample ? (
        <p id={`${id}-note`} className="mt-0.5 truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400" title={sample}>
          e.g. {sample}
          {hint ? <span className="sr-only"> ({hint})</span> : null}
        </p>
      ) : (
        <p id={`${id}-note`} className="mt-0.5 text-[11px] text-zinc-500 dark:text-zinc-400">
          {value === null ? (hint ?? "Not used") : `Empty in the first rows${hint ? ` (${hint})` : ""}`}
        </p>
      )}
    </div>
  );
}
