"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Hands over what a rep typed, pasted or picked in a server-rendered field before React hydrated it.
 * React leaves that input in the DOM but not in state, and the next render overwrites it with the empty state.
 * A layout effect runs in the hydration commit itself, before any re-render can.
 */
export function useInputBeforeHydration<T extends Field>(ref: RefObject<T | null>, adopt: (field: T) => void) {
  const adoptOnce = useRef(adopt);
  useLayoutEffect(() => {
    const field = ref.current;
    if (field && field.value !== "") adoptOnce.current(field);
  }, [ref]);
}
