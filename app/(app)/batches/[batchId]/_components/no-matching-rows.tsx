import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import type { BatchFilter } from "@/lib/reveals/batch-filter";
import { noMatchText, type NoMatchClear } from "@/lib/reveals/no-match-text";

/**
 * In the grid's place when the filter and search hide every row: which of them does, and one button that shows the
 * rows again and leaves the cursor in the search box, ready for the next search.
 */
export function NoMatchingRows({ filter, matchesInAllStates, onClear, searchField }: { filter: BatchFilter; matchesInAllStates: number; onClear: (what: NoMatchClear) => void; searchField: RefObject<HTMLInputElement | null> }) {
  const { message, clear, clears } = noMatchText(filter, matchesInAllStates);
  return (
    <div data-testid="no-matching-rows" className="rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      <p>{message}</p>
      <Button
        variant="secondary"
        size="sm"
        className="mt-3"
        onClick={() => {
          onClear(clears);
          searchField.current?.focus();
        }}
      >
        {clear}
      </Button>
    </div>
  );
}
