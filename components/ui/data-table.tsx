import type { ReactNode } from "react";

/**
 * A page's table in its card; on a window too narrow for its columns it scrolls sideways inside the card, not the page.
 * Positioned, so a screen-reader-only label (absolute) in a wide cell is clipped with it instead of widening the page.
 */
export function DataTable({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className={`w-full text-left text-sm ${className}`}>{children}</table>
    </div>
  );
}

/** A cell that names its column (its `data-label`) above its value on a phone, where a card-like table hides its head. */
export const phoneLabelled =
  "max-sm:before:block max-sm:before:font-sans max-sm:before:text-xs max-sm:before:font-normal max-sm:before:text-zinc-500 max-sm:before:content-[attr(data-label)]";
