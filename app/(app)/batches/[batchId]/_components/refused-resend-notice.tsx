"use client";

import { useLayoutEffect, useRef } from "react";
import { sendAgainErrorMessage } from "@/lib/reveals/sent-meanwhile-words";

/**
 * Where a send-again offer was, once the press was refused and the page read again without it (someone sent its
 * people first): why stays said, and takes the focus the gone button had rather than leaving it to the page.
 */
export function RefusedResendNotice({ error }: { error: Error }) {
  const notice = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => notice.current?.focus(), []);
  return (
    <div ref={notice} tabIndex={-1} role="status" aria-label="Not sent again" className="rounded-lg border border-zinc-300 bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
      {sendAgainErrorMessage(error)}
    </div>
  );
}
