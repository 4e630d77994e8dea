"use client";

import { useEffect, useRef, useState } from "react";
import { ROWS_PER_MESSAGE, type ColumnMapping, type ParsedCsv, type ValidatedRow } from "@/lib/csv/types";
import type { ValidateRequest, ValidateResponse } from "./validate-protocol";

export type Validation = {
  /** The latest finished check; kept while a newer mapping is being checked, so the page never goes blank. */
  rows: ValidatedRow[] | null;
  /** True while the rows on screen are not yet those of the current mapping. */
  pending: boolean;
  error: string | null;
};

type Answer = { mapping: ColumnMapping | null; rows: ValidatedRow[] | null; error: string | null };

/** validateCsvRows in a worker that holds the file; answers to an older mapping are dropped. Mount once per file. */
export function useValidatedRows(parsed: ParsedCsv, mapping: ColumnMapping): Validation {
  const workerRef = useRef<Worker | null>(null);
  const sentRef = useRef(new Map<number, ColumnMapping>());
  const latestRef = useRef(0);
  const [answer, setAnswer] = useState<Answer>({ mapping: null, rows: null, error: null });

  useEffect(() => {
    const worker = new Worker(new URL("./validate-worker.ts", import.meta.url), { type: "module" });
    const sent = sentRef.current;
    let buffer: ValidatedRow[] = [];
    let bufferId = 0;
    let stopped = false;
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<ValidateResponse>) => {
      const message = event.data;
      const answered = sent.get(message.id);
      if (message.id !== latestRef.current || !answered) return;
      if (bufferId !== message.id) {
        buffer = [];
        bufferId = message.id;
      }
      if (message.type === "rows") {
        for (const row of message.rows) buffer.push(row);
        return;
      }
      const rows = buffer;
      buffer = [];
      sent.clear();
      setAnswer((current) => (message.type === "validated" ? { mapping: answered, rows, error: null } : { ...current, mapping: answered, error: message.message }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      setAnswer((current) => ({ ...current, error: "Your browser could not check the rows: reload the page and upload the file again." }));
    };
    // Sent in slices with a pause between them, so the copy never blocks the page for long.
    const send = (request: ValidateRequest) => worker.postMessage(request);
    void (async () => {
      send({ type: "load", parsed: { ...parsed, rows: [] } });
      for (let start = 0; start < parsed.rows.length && !stopped; start += ROWS_PER_MESSAGE) {
        send({ type: "load-rows", rows: parsed.rows.slice(start, start + ROWS_PER_MESSAGE) });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!stopped) send({ type: "load-end" });
    })();
    return () => {
      stopped = true;
      worker.terminate();
      workerRef.current = null;
    };
  }, [parsed]);

  useEffect(() => {
    const id = latestRef.current + 1;
    latestRef.current = id;
    sentRef.current.set(id, mapping);
    workerRef.current?.postMessage({ type: "validate", id, mapping } satisfies ValidateRequest);
  }, [parsed, mapping]);

  return { rows: answer.rows, pending: answer.mapping !== mapping, error: answer.error };
}
