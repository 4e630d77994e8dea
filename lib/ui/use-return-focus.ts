"use client";

import { useEffect, useRef } from "react";

/**
 * For a control that comes back when something closes (a question put away, an edit saved or cancelled, a file set
 * aside): after `returnFocus()`, the focus lands on `target` as soon as `shown` is true, instead of dropping to the
 * page when the element that had it goes away.
 */
export function useReturnFocus<T extends HTMLElement>(shown: boolean) {
  const target = useRef<T>(null);
  const pending = useRef(false);
  // No dependencies: the target may come back in any render (a list that was shown all along, say).
  useEffect(() => {
    if (!shown || !pending.current) return;
    pending.current = false;
    target.current?.focus();
  });
  const returnFocus = () => {
    pending.current = true;
  };
  return { target, returnFocus };
}
