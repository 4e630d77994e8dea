"use client";

import { useState } from "react";
import { announce } from "@/lib/ui/announce";
import { useWidgetTabIndex } from "./in-grid-cell";

type Outcome = "idle" | "copied" | "failed";

/** An icon-sized copy button: phone chips sit in narrow provider columns, where a word would wrap. On a touch screen it grows to a fingertip's size. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  const tabIndex = useWidgetTabIndex();
  const said = outcome === "copied" ? "Copied" : outcome === "failed" ? `Could not copy: select ${value} and copy it` : label;
  return (
    <button
      type="button"
      tabIndex={tabIndex}
      aria-label={said}
      title={said}
      onClick={async () => {
        const copied = await copyText(value);
        setOutcome(copied ? "copied" : "failed");
        // A changed button name is not announced by every screen reader; the page's live region is.
        announce(copied ? `Copied ${value}` : `Could not copy: select ${value} and copy it`);
        setTimeout(() => setOutcome("idle"), copied ? 1200 : 4000);
      }}
      className="-m-0.5 inline-flex size-6 shrink-0 pointer-coarse:size-10 items-center justify-center rounded text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-700 dark:hover:text-zinc-100"
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5 pointer-coarse:size-4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
        {outcome === "copied" ? (
          <path d="M3 8.5l3 3 7-7" />
        ) : outcome === "failed" ? (
          <path d="M4 4l8 8M12 4l-8 8" />
        ) : (
          <>
            <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
            <path d="M10.5 5.5v-2a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3.5V9A1.5 1.5 0 0 0 4 10.5h1.5" />
          </>
        )}
      </svg>
    </button>
  );
}

/**
 * The clipboard API exists only on https and localhost: a team serving the app over plain http on its network still
 * gets a copy through the older command, and a failure says so instead of a false "Copied".
 */
async function copyText(value: string): Promise<boolean> {
  if (navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(value);
      return true;
    } catch {
      // fall through to the older way
    }
  }
  // Selecting the hidden field moves the focus: it goes back to the button afterwards.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement("textarea");
  field.value = value;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
    focused?.focus();
  }
}
