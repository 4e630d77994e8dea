"use client";

import { useEffect, useRef, useState } from "react";

const STEP_PERCENT = 25;

type ProgressAnnouncementProps = { done: number; total: number; found: number; pending: number };

/**
 * What a screen reader hears while a list fills in: each quarter of it, and its end, said once as it happens (not on
 * opening the page, and not per row, which would drown everything else out).
 */
export function ProgressAnnouncement({ done, total, found, pending }: ProgressAnnouncementProps) {
  const [message, setMessage] = useState("");
  const step = total === 0 ? 0 : Math.floor((done / total) * (100 / STEP_PERCENT));
  const seen = useRef({ step, finished: pending === 0 });
  useEffect(() => {
    const fmt = (n: number) => n.toLocaleString("en");
    if (pending === 0 && !seen.current.finished) {
      seen.current = { step, finished: true };
      setMessage(`Done: ${fmt(found)} of ${fmt(total)} found.`);
    } else if (pending > 0 && step > seen.current.step) {
      seen.current = { step, finished: false };
      setMessage(`${fmt(done)} of ${fmt(total)} done, ${fmt(found)} found.`);
    } else if (pending > 0) {
      seen.current = { step: Math.min(step, seen.current.step), finished: false };
    }
  }, [done, total, found, pending, step]);
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
