"use client";

import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import type { OpenedCsv } from "@/lib/csv/parse-in-worker";
import type { ColumnMapping as Mapping, ValidatedRow } from "@/lib/csv/types";
import type { EarlierAnswer } from "@/lib/reveals/earlier-fact";
import type { LedgerHit } from "@/lib/reveals/ledger";
import { personIdsByKey } from "@/lib/reveals/person-ids-by-key";
import { useCheckProfiles, useImportRows } from "@/lib/reveals/use-imports";
import { canRevealAgain, isRevealedAgain } from "@/lib/reveals/reveal-again";
import { ColumnMapping } from "./column-mapping";
import { downloadTextFile } from "@/lib/ui/download-file";
import { FileFacts } from "./file-facts";
import { reportCsv, rowStatus, summarise, type RowStatus } from "./report-rows";
import { ReportTable } from "./report-table";
import { ReportToolbar } from "./report-toolbar";
import { PhoneSubmitBar } from "./phone-submit-bar";
import { SUBMIT_PANEL_ID, SubmitPanel } from "./submit-panel";
import { useValidatedRows, type Validation } from "./use-validated-rows";
import { MostlyRepeats, ValidationSummary } from "./validation-summary";

const NO_ROWS: ValidatedRow[] = [];
const NO_KEYS: string[] = [];
const NO_PERSON_IDS: Record<string, string> = {};
const NO_EARLIER: Record<string, EarlierAnswer> = {};
/** The server's MAX_BATCH_SIZE: one batch holds at most this many people. */
const MAX_PEOPLE = 100_000;
const NO_LEDGER: Record<string, LedgerHit> = {};
/** The longest cell POST /api/imports accepts. */
const MAX_CELL = 2_000;

/** Everything between a parsed file and a batch: mapping, per-row report, ledger check, estimate, submit. */
export function ImportReview({ fileName, file, teamZone, onStartOver }: { fileName: string; file: OpenedCsv; teamZone: string; onStartOver: () => void }) {
  const router = useRouter();
  const { facts } = file;
  const [mapping, setMapping] = useState<Mapping>(facts.detected);
  const [viaPartners, setViaPartners] = useState(true);
  const [listName, setListName] = useState("");
  const [filter, setFilter] = useState<RowStatus | "all">("all");
  const [revealAgain, setRevealAgain] = useState<ReadonlySet<string>>(() => new Set());

  const validation = useValidatedRows(file.worker, mapping);
  const rows = validation.rows ?? NO_ROWS;
  const okKeys = useMemo(() => rows.flatMap((row) => (row.status === "ok" && row.key ? [row.key] : [])), [rows]);
  // Only a file with a personId column can give one beside a URL.
  const personIds = useMemo(() => (mapping.personId === null ? NO_PERSON_IDS : personIdsByKey(rows)), [rows, mapping.personId]);
  const importRows = useImportRows();
  // Once the batch exists the page is being left: checking 100,000 people again would only delay the batch page.
  const check = useCheckProfiles(importRows.isSuccess ? NO_KEYS : okKeys, viaPartners, personIds);
  const ledger = check.data?.ledger ?? NO_LEDGER;

  const summary = useMemo(() => summarise(rows, ledger, revealAgain), [rows, ledger, revealAgain]);
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => (deferredFilter === "all" ? rows : rows.filter((row) => rowStatus(row, ledger) === deferredFilter)), [rows, ledger, deferredFilter]);

  const { counts, again } = summary;
  const ledgerRows = counts.fresh + counts.in_flight;
  const charged = counts.new + again;
  const free = ledgerRows - again;
  const checking = okKeys.length > 0 && (check.isPending || check.isPlaceholderData);
  // With neither column chosen every row would read "Empty" although it holds data: no verdict until one is chosen.
  const noIdentity = mapping.linkedinUrl === null && mapping.personId === null;
  const blocked = noIdentity
    ? "Choose the LinkedIn URL column (or the personId column) first."
    : blockReason({ validating: validation.rows === null || validation.pending, people: okKeys.length, checkingLedger: check.isPending });

  const onToggleAgain = useCallback((key: string, on: boolean) => {
    setRevealAgain((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  function onAgainAll(on: boolean) {
    setRevealAgain(on ? new Set(rows.flatMap((row) => (row.status === "ok" && row.key && canRevealAgain(ledger[row.key]) ? [row.key] : []))) : new Set());
  }

  function onDownload() {
    downloadTextFile(`${fileName.replace(/\.[^.]+$/, "")}-check.csv`, reportCsv(rows, ledger, revealAgain, { earlier: check.data?.earlier, freshnessDays: check.data?.freshnessDays, fileDelimiter: facts.delimiter }));
  }

  function submit() {
    if (blocked || importRows.isPending || importRows.isSuccess) return;
    // The server trusts none of it: it normalises every URL and personId again and re-checks the ledger.
    const clip = (value: string | null | undefined) => value?.slice(0, MAX_CELL) ?? null;
    const body = rows.flatMap((row) => {
      if (row.status !== "ok") return [];
      const again = row.key !== undefined && isRevealedAgain(row.key, ledger, revealAgain);
      return [
        {
          row: row.row,
          linkedinUrl: row.linkedinUrl ?? null,
          personId: row.personId ?? null,
          firstName: clip(row.firstName),
          lastName: clip(row.lastName),
          company: clip(row.company),
          ...(again ? { revealAgain: true } : {}),
        },
      ];
    });
    importRows.mutate({ fileName, name: listName, viaPartners, rows: body }, { onSuccess: (result) => router.push(`/batches/${result.batchId}`) });
  }

  return (
    <div className="grid grid-cols-1 gap-6 max-lg:pb-14 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <FileFacts fileName={fileName} facts={facts} />
          <Button variant="secondary" size="sm" onClick={onStartOver}>
            Start over
          </Button>
        </div>
        <ColumnMapping headers={facts.headers} sampleRows={facts.sampleRows} mapping={mapping} onChange={setMapping} />
        <section aria-labelledby="report-heading" aria-busy={validation.pending} className="space-y-3">
          <div className="flex items-baseline gap-3">
            <h2 id="report-heading" className="text-sm font-semibold">
              Check before anything is spent
            </h2>
            <p role="status" className="text-xs text-zinc-500 dark:text-zinc-400">
              {reportStatus(validation, checking)}
            </p>
          </div>
          {validation.error ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
              {validation.error}
            </p>
          ) : null}
          {noIdentity ? (
            <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
              {facts.rowCount === 1 ? "The row is" : `The ${facts.rowCount.toLocaleString("en")} rows are`} checked once a LinkedIn URL or personId column is chosen above.
            </p>
          ) : (
            <>
              <ValidationSummary counts={counts} freshnessDays={check.data?.freshnessDays ?? null} filter={filter} onFilter={setFilter} />
              <MostlyRepeats duplicates={counts.duplicate} total={rows.length} />
              <ReportToolbar total={rows.length} counts={counts} filter={filter} onFilter={setFilter} revealedRows={counts.fresh} again={again} onAgainAll={onAgainAll} onDownload={onDownload} />
              <ReportTable rows={shown} ledger={ledger} earlier={check.data?.earlier ?? NO_EARLIER} freshnessDays={check.data?.freshnessDays ?? 90} revealAgain={revealAgain} onToggleAgain={onToggleAgain} worstPerReveal={check.data?.worstPerReveal ?? null} showAgain={ledgerRows > 0} />
            </>
          )}
        </section>
      </div>
      <SubmitPanel
        check={check.data}
        checking={checking}
        checkError={check.error?.message ?? null}
        charged={charged}
        free={free}
        inProgress={counts.in_flight}
        fileName={fileName}
        teamZone={teamZone}
        listName={listName}
        onListNameChange={setListName}
        viaPartners={viaPartners}
        onViaPartnersChange={setViaPartners}
        blocked={blocked}
        submission={importRows.isSuccess ? "opening" : importRows.isPending ? "saving" : "idle"}
        submitError={importRows.error?.message ?? null}
        onSubmit={submit}
      />
      {noIdentity ? null : <PhoneSubmitBar panelId={SUBMIT_PANEL_ID} charged={charged} free={free} />}
    </div>
  );
}

/** What the report is waiting for, beside its heading, or null once it is up to date. */
function reportStatus(validation: Validation, checkingLedger: boolean): string | null {
  if (validation.rereading !== null) return `Reading the file again for that column… ${Math.round(validation.rereading * 100)}%`;
  if (validation.pending) return "Checking the rows…";
  return checkingLedger ? "Looking people up in the team ledger…" : null;
}

/** Why the submit button is disabled, or null when it may be pressed. */
function blockReason({ validating, people, checkingLedger }: { validating: boolean; people: number; checkingLedger: boolean }): string | null {
  if (validating) return "Checking the rows…";
  if (people === 0) return "No row has a LinkedIn profile URL or personId that can be revealed: check the column mapping, or download the report to see why.";
  if (people > MAX_PEOPLE) return `A batch holds at most ${MAX_PEOPLE.toLocaleString("en")} people and this file has ${people.toLocaleString("en")}: split it into smaller files.`;
  if (checkingLedger) return "Checking the team ledger…";
  return null;
}
