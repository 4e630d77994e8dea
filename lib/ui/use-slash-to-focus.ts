"use client";

import { useEffect, type RefObject } from "react";

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/** "/" jumps to the page's search box, as in most web apps, unless the person is already typing somewhere. */
export function useSlashToFocus(field: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      event.preventDefault();
      field.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [field]);
}
