"use client";

import { useEffect, useRef, useState } from "react";
import type { ColumnMapping, CsvWorkerMessage, CsvWorkerRequest, ValidatedRow } from "@/lib/csv/types";

export type Validation = {
  /** The latest finished check; kept while a newer mapping is being checked, so the page never goes blank. */
  rows: ValidatedRow[] | null;
  /** True while the rows on screen are not yet those of the current mapping. */
  pending: boolean;
  /** How far the worker is through reading the file again for a newly mapped column (0–1), or null. */
  rereading: number | null;
  error: string | null;
};

type Answer = { mapping: ColumnMapping | null; rows: ValidatedRow[] | null; error: string | null };

/** validateCsvRows in the CSV worker that holds the file; answers to an older mapping are dropped. */
export function useValidatedRows(worker: Worker, mapping: ColumnMapping): Validation {
  const sentRef = useRef(new Map<number, ColumnMapping>());
  const latestRef = useRef(0);
  const [answer, setAnswer] = useState<Answer>({ mapping: null, rows: null, error: null });
  const [rereading, setRereading] = useState<{ mapping: ColumnMapping; fraction: number } | null>(null);

  useEffect(() => {
    const sent = sentRef.current;
    let buffer: ValidatedRow[] = [];
    let bufferId = 0;
    const onMessage = (event: MessageEvent<CsvWorkerMessage>) => {
      const message = event.data;
      // Only answers to a validate request carry its id.
      if (!("id" in message)) return;
      const answered = sent.get(message.id);
      if (message.id !== latestRef.current || !answered) return;
      if (message.type === "rereading") return setRereading({ mapping: answered, fraction: message.fraction });
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
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      setAnswer((current) => ({ ...current, error: "Your browser could not check the rows: reload the page and upload the file again." }));
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    return () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
  }, [worker]);

  useEffect(() => {
    const id = latestRef.current + 1;
    latestRef.current = id;
    sentRef.current.set(id, mapping);
    worker.postMessage({ type: "validate", id, mapping } satisfies CsvWorkerRequest);
  }, [worker, mapping]);

  const pending = answer.mapping !== mapping;
  return { rows: answer.rows, pending, rereading: pending && rereading?.mapping === mapping ? rereading.fraction : null, error: answer.error };
}
