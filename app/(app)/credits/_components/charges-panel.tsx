"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { wallClock, zoneLabel } from "@/lib/credits/periods";
import type { ChargesSubjects } from "@/lib/credits/charges-subjects";
import { spendSearch, useCharges, type SpendParams } from "@/lib/credits/use-credits";
import type { Drill } from "./use-dashboard-params";
import { dayLabel } from "./spend-chart";
import { CHARGES_HEADING_ID } from "./use-drill-down";
import { profileSlug } from "@/lib/linkedin/display";

/** On a phone these columns fold under the person, so the credits stay in view without scrolling sideways. */
const phoneFolded = ["SDR", "Provider", "Batch"];

/**
 * The reveals behind the figure the manager clicked (or every charge of the period), newest first. `known`: the picked
 * SDR's or list's name in the report already on the page, said until the charges' own answer names it.
 */
export function ChargesPanel({ params, drill, known, timeZone, onClose }: { params: SpendParams; drill: Drill | null; known?: string; timeZone: string; onClose: () => void }) {
  const charges = useCharges(params, true);
  const subjects = charges.data?.pages[0]?.subjects;
  const lines = charges.data?.pages.flatMap((page) => page.lines) ?? [];
  const heading = useRef<HTMLHeadingElement>(null);
  // A link naming an SDR or a list the team does not have: nothing to export.
  const unknownSubject = (drill?.kind === "user" && subjects?.user === null) || (drill?.kind === "batch" && subjects?.batch === null);
  return (
    <section aria-label="Charges" className="rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center justify-between gap-2 px-3 pt-3 pb-2">
        {/* Said aloud when a bar or a row picks other charges; the focus lands here after a drill-down and when "Show all" goes away. */}
        <h2 ref={heading} id={CHARGES_HEADING_ID} tabIndex={-1} aria-live="polite" className="scroll-mt-28 text-sm font-medium focus:outline-none">
          {headingOf(drill, subjects ? (drill?.kind === "user" ? subjects.user : subjects.batch) : known)}
        </h2>
        <div className="flex gap-2">
          {drill ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                onClose();
                heading.current?.focus();
              }}
            >
              Show all charges
            </Button>
          ) : null}
          {unknownSubject ? null : (
            <a href={`/api/credits/charges/export?${spendSearch(params)}`} download className="inline-flex h-7 items-center rounded-md border border-zinc-300 px-2.5 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
              Export CSV
            </a>
          )}
        </div>
      </div>
      {charges.error ? <p role="alert" className="px-3 pb-3 text-sm text-red-700">{charges.error.message}</p> : null}
      {charges.isLoading ? <p className="px-3 pb-3 text-sm text-zinc-500">Loading charges…</p> : null}
      {!charges.isLoading && !charges.error && lines.length === 0 ? <p className="px-3 pb-4 text-sm text-zinc-500">{noChargesWords(drill, subjects)}</p> : null}
      {lines.length > 0 ? (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                {[`When (${zoneLabel(timeZone)})`, "Person", "SDR", "Provider", "Batch", "Credits"].map((column) => (
                  <th key={column} scope="col" className={`px-3 py-1.5 font-medium ${column === "Credits" ? "text-right" : ""} ${phoneFolded.includes(column) ? "max-sm:hidden" : ""}`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {lines.map((line) => (
                <tr key={line.id}>
                  <td className="px-3 py-1.5 font-mono text-xs sm:whitespace-nowrap max-sm:px-2">{wallClock(line.at, timeZone)}</td>
                  <td className="px-3 py-1.5 max-sm:px-2">
                    {/* The table's layout ignores a cell's max-width: the person is cut short in a box. */}
                    <div className="max-w-64 truncate max-sm:max-w-44">{line.personName || (line.linkedinUrl && profileSlug(line.linkedinUrl)) || line.personId}</div>
                    <span className="block max-w-44 text-xs wrap-anywhere text-zinc-500 sm:hidden dark:text-zinc-400">
                      {line.provider} · {line.userName} · <BatchLink line={line} inText />
                    </span>
                  </td>
                  <td className="px-3 py-1.5 max-sm:hidden">{line.userName}</td>
                  <td className="px-3 py-1.5 max-sm:hidden">{line.provider}</td>
                  <td className="px-3 py-1.5 max-sm:hidden">
                    <div className="max-w-48 truncate lg:max-w-xs">
                      <BatchLink line={line} />
                    </div>
                  </td>
                  <td className="px-3 py-1.5 text-right font-mono max-sm:px-2" title={line.estimated ? "Estimate from the price table" : "Confirmed by Clodura's balance"}>
                    {line.amount}
                    {line.estimated ? <span className="text-zinc-500">*</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="flex items-center justify-between px-3 py-2 text-xs text-zinc-500">
        <span>{lines.some((line) => line.estimated) ? "* estimate until Clodura's balance confirms it" : null}</span>
        {charges.hasNextPage ? (
          <Button variant="secondary" size="sm" disabled={charges.isFetchingNextPage} onClick={() => void charges.fetchNextPage()}>
            {charges.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

/** `named`: the picked SDR's or list's name from the data; null when there is none such, undefined while it loads. */
function headingOf(drill: Drill | null, named: string | null | undefined): string {
  if (!drill) return "Every charge in this period";
  if (drill.kind === "day") return `Charges behind ${dayLabel(drill.value)}`;
  if (drill.kind === "provider") return `Charges behind provider ${drill.value}`;
  const kind = drill.kind === "user" ? "SDR" : "batch";
  if (named === undefined) return `Charges behind ${kind} …`;
  return named === null ? `Charges behind an unknown ${kind}` : `Charges behind ${kind} ${named}`;
}

/** Why the list is empty: a link that picks an SDR or a list the team does not have says so, not "nothing found". */
function noChargesWords(drill: Drill | null, subjects: ChargesSubjects | undefined): string {
  if (drill?.kind === "user" && subjects?.user === null) return "The link picks an SDR who is not on this team, so there are no charges to show. Pick one in the By SDR table above, or show all charges.";
  if (drill?.kind === "batch" && subjects?.batch === null) return "The link picks a list that is not on this team, or not yours to see, so there are no charges to show. Pick one in the By batch table above, or show all charges.";
  if (drill?.kind === "provider") return `No charges from provider ${drill.value} in this period: no number it found was charged.`;
  if (drill?.kind === "day") return "No charges on this day: nothing found a number.";
  return "No charges here: nothing found a number in this period.";
}

/** `inText`: among other words, where colour alone would not tell it is a link. */
function BatchLink({ line, inText = false }: { line: { batchId: string; batchName: string }; inText?: boolean }) {
  return (
    <a href={`/batches/${line.batchId}`} className={`text-indigo-700 hover:underline dark:text-indigo-300 ${inText ? "underline" : ""}`}>
      {line.batchName}
    </a>
  );
}
