"use client";

import { useEffect, useRef, useState } from "react";
import { openCsvFileInWorker, type OpenedCsv } from "@/lib/csv/parse-in-worker";
import { DropZone } from "./_components/drop-zone";
import { FileShapes } from "./_components/file-shapes";
import { ImportReview } from "./_components/import-review";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { ParseProgress } from "./_components/parse-progress";

const SAMPLE_PATH = "/sample-list.csv";

type Stage =
  | { kind: "idle"; error: string | null }
  | { kind: "parsing"; fileName: string; fraction: number }
  | { kind: "ready"; upload: number; fileName: string; file: OpenedCsv };

/**
 * `offerSample`: in sandbox mode, a made-up list to try the whole flow with (its people would be real lookups otherwise).
 * `teamZone`: the team's, whose day a daily budget resets in.
 */
export function UploadClient({ offerSample, teamZone }: { offerSample: boolean; teamZone: string }) {
  const [stage, setStage] = useState<Stage>({ kind: "idle", error: null });
  const jobRef = useRef<AbortController | null>(null);
  const uploadsRef = useRef(0);

  useEffect(() => () => jobRef.current?.abort(), []);
  const { target: heading, returnFocus } = useReturnFocus<HTMLHeadingElement>(stage.kind === "idle");

  function read(file: File) {
    jobRef.current?.abort();
    const job = new AbortController();
    jobRef.current = job;
    setStage({ kind: "parsing", fileName: file.name, fraction: 0 });
    // The job's signal also ends the worker holding the file: on a new file, "Start over" or leaving the page.
    openCsvFileInWorker(file, (fraction) => setStage((current) => (current.kind === "parsing" && !job.signal.aborted ? { ...current, fraction } : current)), job.signal)
      .then((opened) => {
        if (job.signal.aborted) return;
        uploadsRef.current += 1;
        setStage({ kind: "ready", upload: uploadsRef.current, fileName: file.name, file: opened });
      })
      .catch((error: unknown) => {
        if (job.signal.aborted) return;
        const reason = error instanceof Error ? error.message : "The file could not be read: choose it again.";
        setStage({ kind: "idle", error: `Could not read ${file.name}. ${reason}` });
      });
  }

  function trySample() {
    fetch(SAMPLE_PATH)
      .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((blob) => read(new File([blob], "sample-list.csv", { type: "text/csv" })))
      .catch(() => setStage({ kind: "idle", error: "The sample list could not be loaded: reload the page and try again." }));
  }

  function startOver() {
    returnFocus();
    jobRef.current?.abort();
    jobRef.current = null;
    setStage({ kind: "idle", error: null });
  }

  if (stage.kind === "ready") {
    return <ImportReview key={stage.upload} fileName={stage.fileName} file={stage.file} teamZone={teamZone} onStartOver={startOver} />;
  }
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="upload-heading" className="space-y-4">
        <div>
          <h1 ref={heading} id="upload-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            Upload a CSV
          </h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            Reveal phone numbers for a whole list: a CRM or prospecting export with a LinkedIn profile URL or Clodura personId on each row.
          </p>
        </div>
        {stage.kind === "parsing" ? (
          <ParseProgress fileName={stage.fileName} fraction={stage.fraction} onCancel={startOver} />
        ) : (
          <DropZone onFile={read} onReject={(message) => setStage({ kind: "idle", error: message })} />
        )}
        {stage.kind === "idle" && stage.error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {stage.error}
          </p>
        ) : null}
      </section>
      <FileShapes sample={offerSample ? { href: SAMPLE_PATH, onTry: trySample } : null} />
    </div>
  );
}
