"use client";

import { useId } from "react";

/**
 * "Export CSV" (safe to open in a spreadsheet) beside "CSV for CRM import" (the best number plain E.164), for `href`;
 * `scope` says under them when the files hold less than the whole list. With `nothing`, no rows would be in them: the
 * buttons are off (an <a> without href is no link) rather than download a file of headers.
 */
export function ExportButtons({ href, scope, nothing = false }: { href: string; scope?: string | null; nothing?: boolean }) {
  const scopeId = useId();
  const crm = `${href}${href.includes("?") ? "&" : "?"}for=crm`;
  const off = nothing ? "pointer-events-none opacity-50" : "";
  return (
    <div className="flex max-w-full shrink-0 flex-col items-end gap-1">
      <div role="group" aria-label="Export" className="flex max-w-full flex-wrap justify-end">
        <a
          href={nothing ? undefined : href}
          aria-disabled={nothing || undefined}
          aria-describedby={scope ? scopeId : undefined}
          download
          title="Every cell safe to open in Excel or Google Sheets"
          className={`${off} inline-flex h-9 items-center rounded-l-md border border-zinc-300 bg-white px-3 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800`}
        >
          Export CSV
        </a>
        <a
          href={nothing ? undefined : crm}
          aria-disabled={nothing || undefined}
          aria-describedby={scope ? scopeId : undefined}
          download
          title="The best number as plain E.164 (+14155550134), for Outreach, Salesloft, HubSpot or a dialer. Open the other one in a spreadsheet."
          className={`${off} -ml-px inline-flex h-9 items-center rounded-r-md border border-zinc-300 bg-white px-3 text-sm text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800`}
        >
          CSV for CRM import
        </a>
      </div>
      {/* The difference matters on a phone too, where there is no hover title. */}
      <p className="text-right text-xs text-zinc-500 dark:text-zinc-400">For Excel or Sheets · for a CRM or dialer (plain +E.164)</p>
      {scope ? (
        <p id={scopeId} className="text-right text-xs text-zinc-500 dark:text-zinc-400">
          {scope}
        </p>
      ) : null}
    </div>
  );
}
