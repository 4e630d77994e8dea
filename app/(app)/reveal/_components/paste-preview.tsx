"use client";

import { memo, useState } from "react";
import type { PastedEntry } from "@/lib/linkedin";
import { earlierFact, type EarlierAnswer } from "@/lib/reveals/earlier-fact";
import type { LedgerHit } from "@/lib/reveals/ledger";
import { formatCredits } from "@/lib/reveals/use-imports";
import { ledgerFact } from "@/lib/reveals/ledger-fact";
import { canRevealAgain, isRevealedAgain } from "@/lib/reveals/reveal-again";
import { displayProfile } from "@/lib/linkedin/display";

const SHOWN = 300;

const statusLook = {
  ok: { label: "Will reveal", className: "text-emerald-700 dark:text-emerald-400" },
  duplicate: { label: "Duplicate in this paste", className: "text-zinc-500 dark:text-zinc-400" },
  unsupported: { label: "Unsupported", className: "text-red-700 dark:text-red-400" },
} as const;

type Props = {
  entries: PastedEntry[];
  /** Team ledger hits by person key: these people are answered for free unless revealed again. */
  ledger: Record<string, LedgerHit>;
  /** People revealed before the freshness window: revealed again at full price, but the rep should know. */
  earlier: Record<string, EarlierAnswer>;
  freshnessDays: number;
  revealAgain: ReadonlySet<string>;
  onToggleAgain: (key: string, again: boolean) => void;
  /** The most one new reveal can cost; null until the ledger check answers. */
  worstPerReveal: number | null;
};

/** Live check of every pasted line. Only the first few hundred rows are drawn, so 5,000 lines stay responsive. */
export const PastePreview = memo(function PastePreview({ entries, ledger, earlier, freshnessDays, revealAgain, onToggleAgain, worstPerReveal }: Props) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const counts = { ok: 0, free: 0, duplicate: 0, unsupported: 0 };
  for (const entry of entries) {
    if (entry.status === "ok" && ledger[entry.key] && !isRevealedAgain(entry.key, ledger, revealAgain)) counts.free += 1;
    else counts[entry.status] += 1;
  }
  const visible = problemsOnly ? entries.filter((entry) => entry.status !== "ok") : entries;

  return (
    <section aria-labelledby="preview-heading" className="rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <header className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 id="preview-heading" className="text-sm font-semibold">
          Preview
        </h2>
        <p className="flex gap-3 text-xs" data-testid="preview-counts">
          <span className="text-emerald-700 dark:text-emerald-400">{counts.ok.toLocaleString("en")} will reveal</span>
          {counts.free > 0 ? <span className="text-violet-700 dark:text-violet-300">{counts.free.toLocaleString("en")} free (team ledger)</span> : null}
          <span className="text-zinc-500">{counts.duplicate.toLocaleString("en")} duplicate</span>
          <span className={counts.unsupported > 0 ? "text-red-700 dark:text-red-400" : "text-zinc-500"}>{counts.unsupported.toLocaleString("en")} unsupported</span>
        </p>
        {counts.duplicate + counts.unsupported > 0 ? (
          <label className="ml-auto flex items-center gap-1.5 text-xs">
            <input type="checkbox" checked={problemsOnly} onChange={(event) => setProblemsOnly(event.target.checked)} />
            Only lines that won&apos;t be revealed
          </label>
        ) : null}
      </header>
      {entries.length === 0 ? (
        <p className="px-4 py-10 text-center text-sm text-zinc-500 dark:text-zinc-400">
          Paste profiles into the LinkedIn URLs box: each line is checked here before anything is sent or charged.
        </p>
      ) : (
        <ol className="max-h-[32rem] lg:max-h-[calc(100vh-9rem)] divide-y divide-zinc-100 overflow-y-auto text-xs dark:divide-zinc-800" aria-label="Pasted lines">
          {visible.slice(0, SHOWN).map((entry, index) => (
            <PreviewRow
              key={`${entry.line}-${index}`}
              entry={entry}
              hit={entry.status === "ok" ? ledger[entry.key] : undefined}
              earlier={entry.status === "ok" ? earlier[entry.key] : undefined}
              freshnessDays={freshnessDays}
              again={entry.status === "ok" && isRevealedAgain(entry.key, ledger, revealAgain)}
              onToggleAgain={onToggleAgain}
              worstPerReveal={worstPerReveal}
            />
          ))}
        </ol>
      )}
      {visible.length > SHOWN ? (
        <p className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-800">
          Showing the first {SHOWN} of {visible.length.toLocaleString("en")}; every line is checked and counted above.
        </p>
      ) : null}
    </section>
  );
});

type RowProps = {
  entry: PastedEntry;
  hit: LedgerHit | undefined;
  earlier: EarlierAnswer | undefined;
  freshnessDays: number;
  again: boolean;
  onToggleAgain: Props["onToggleAgain"];
  worstPerReveal: number | null;
};

function PreviewRow({ entry, hit, earlier, freshnessDays, again, onToggleAgain, worstPerReveal }: RowProps) {
  const look = statusLook[entry.status];
  return (
    <li className="grid grid-cols-[3rem_minmax(0,1fr)] gap-2 px-4 py-1.5" data-status={entry.status} data-ledger={hit?.kind ?? (earlier ? "older" : undefined)}>
      <span className="text-right font-mono text-zinc-500">{entry.line}</span>
      <div className="min-w-0">
        <p className="truncate font-mono" title={entry.input}>
          {/* Without "https://www." the part that tells people apart (the slug) fits a phone's width. */}
          {entry.status === "ok" ? (entry.linkedinUrl ? displayProfile(entry.linkedinUrl) : `personId ${entry.personId}`) : entry.input}
        </p>
        {entry.status === "ok" && hit ? (
          <div className="flex flex-wrap items-center gap-x-3">
            <p className={again ? "text-emerald-700 dark:text-emerald-400" : "text-violet-700 dark:text-violet-300"}>
              {ledgerFact(hit, "Already revealed")}
              {again ? " — will reveal again" : hit.kind === "fresh" ? " — free" : " — will attach, free"}
            </p>
            {canRevealAgain(hit) ? (
              <label className="inline-flex items-center gap-1.5 text-zinc-600 dark:text-zinc-400">
                <input type="checkbox" checked={again} onChange={(event) => onToggleAgain(entry.key, event.target.checked)} className="accent-indigo-600" />
                Reveal again<span className="sr-only"> (line {entry.line})</span>
                {worstPerReveal === null ? null : <span className={again ? "text-zinc-900 dark:text-zinc-100" : "text-zinc-500"}>+ up to {formatCredits(worstPerReveal)}</span>}
              </label>
            ) : null}
          </div>
        ) : (
          <p className={look.className}>
            {earlier ? "Will reveal again" : look.label}
            {entry.status === "duplicate" ? ` (same person as line ${entry.firstLine})` : null}
            {entry.status === "unsupported" ? `: ${entry.reason}` : null}
            {earlier && entry.status === "ok" ? (
              <>
                <span className="text-zinc-600 dark:text-zinc-400">: {earlierFact(earlier, freshnessDays)}. </span>
                <a href={`/people?${new URLSearchParams({ search: entry.linkedinUrl ?? entry.personId ?? "" })}`} target="_blank" rel="noreferrer" className="text-indigo-700 hover:underline dark:text-indigo-300">
                  See it on People<span className="sr-only"> (line {entry.line}, opens a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
        )}
      </div>
    </li>
  );
}
