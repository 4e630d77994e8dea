"use client";

import { useRef } from "react";
import { useSlashToFocus } from "@/lib/ui/use-slash-to-focus";

type SearchFieldProps = {
  /** For screen readers; the placeholder says what can be searched. */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** A search is on its way to the server. */
  searching: boolean;
  /** The box's widest, e.g. "max-w-md". */
  maxWidth: string;
};

/** A page's server-side search box: "/" jumps to it, Escape clears it, and it says when a search is under way. */
export function SearchField({ label, placeholder, value, onChange, searching, maxWidth }: SearchFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  useSlashToFocus(field);
  return (
    <label className="flex min-w-72 flex-1 items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      <input
        ref={field}
        type="search"
        aria-keyshortcuts="/"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => (event.key === "Escape" ? onChange("") : undefined)}
        placeholder={placeholder}
        maxLength={200}
        className={`h-9 w-full ${maxWidth} rounded-md border border-zinc-300 bg-white px-3 text-sm outline-none placeholder:text-zinc-500 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-400`}
      />
      {searching ? <span className="text-xs text-zinc-500">Searching…</span> : null}
    </label>
  );
}
