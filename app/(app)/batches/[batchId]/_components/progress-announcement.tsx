"use client";

import { useEffect, useRef, useState } from "react";
import { doneAnnouncement, progressAnnouncement, sentOf, type AnnouncedProgress } from "@/lib/reveals/progress-announcement";

const STEP_PERCENT = 25;

type ProgressAnnouncementProps = AnnouncedProgress & { pending: number };

/**
 * What a screen reader hears while a list fills in: each quarter of it, and its end, said once as it happens (not on
 * opening the page, and not per row, which would drown everything else out).
 */
export function ProgressAnnouncement({ answered, total, found, notSent, pending }: ProgressAnnouncementProps) {
  const [message, setMessage] = useState("");
  const sent = sentOf({ answered, total, found, notSent });
  const step = sent === 0 ? 0 : Math.floor((answered / sent) * (100 / STEP_PERCENT));
  const seen = useRef({ step, finished: pending === 0 });
  useEffect(() => {
    const progress = { answered, total, found, notSent };
    if (pending === 0 && !seen.current.finished) {
      seen.current = { step, finished: true };
      setMessage(doneAnnouncement(progress));
    } else if (pending > 0 && step > seen.current.step) {
      seen.current = { step, finished: false };
      setMessage(progressAnnouncement(progress));
    } else if (pending > 0) {
      seen.current = { step: Math.min(step, seen.current.step), finished: false };
    }
  }, [answered, total, found, notSent, pending, step]);
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
