"use client";

import { useState } from "react";
import { isWholeBatch, type BatchFilter } from "@/lib/reveals/batch-filter";

/**
 * "184 rows shown", said when the rep picks a chip or searches, not at every live update after (which, once a second,
 * buried the list's own progress for a screen reader). The count is the one at the moment of the change.
 */
export function RowsShownStatus({ shown, count }: { shown: BatchFilter; count: number }) {
  const key = `${shown.state}\u0000${shown.search}`;
  const [said, setSaid] = useState({ key, text: "" });
  if (said.key !== key) setSaid({ key, text: isWholeBatch(shown) ? "" : `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"} shown` });
  return (
    <p role="status" className="sr-only">
      {said.text}
    </p>
  );
}
