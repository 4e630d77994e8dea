"use client";

import { useEffect, useRef } from "react";

/**
 * Settings forms remount with the saved values, which drops the keyboard's focus onto the page. Returned ref: the
 * control that takes the focus back (the form's save button) when the form has just been saved and nothing else has it.
 */
export function useFocusAfterSave<T extends HTMLElement>(justSaved: boolean) {
  const target = useRef<T>(null);
  const saved = useRef(justSaved);
  useEffect(() => {
    if (saved.current && (document.activeElement === null || document.activeElement === document.body)) target.current?.focus();
  }, []);
  return target;
}
