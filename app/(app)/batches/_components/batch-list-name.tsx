"use client";

import Link from "next/link";
import { useLayoutEffect, useRef, useState } from "react";
import { labelEnds } from "@/lib/reveals/label-ends";

const linkClass = "font-medium break-words text-indigo-700 hover:underline dark:text-indigo-300";

/**
 * A list's name linking to its page. On a phone a name longer than two lines stops there, cut in the middle: its end
 * stays in view, so "… (sent again)" is told from the list it was sent again from. A name that fits is left whole: cut
 * in two, its first part keeps its box's width however short its last line, and a gap opened before the end. The whole
 * name is its title and its text.
 */
export function BatchListName({ id, label }: { id: string; label: string }) {
  const { head, tail } = labelEnds(label);
  const whole = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const twin = whole.current;
    if (!twin || !tail) return;
    // An unseen copy of the whole name, clamped as a phone clamps it, says whether it fits in two lines at this width
    // (none on a wider screen, where the name is never clamped).
    const measure = () => setCut(twin.scrollHeight > twin.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(twin);
    return () => observer.disconnect();
  }, [tail]);
  return (
    <span className="relative max-md:block">
      {tail ? (
        <span ref={whole} aria-hidden className="pointer-events-none invisible absolute inset-x-0 top-0 font-medium break-words line-clamp-2 md:hidden">
          {label}
        </span>
      ) : null}
      {cut ? (
        <Link href={`/batches/${id}`} title={label} className={`${linkClass} max-md:flex max-md:items-end`}>
          <span className="min-w-0 max-md:line-clamp-2">{head}</span>
          <span className="max-md:shrink-0 max-md:pl-1 max-md:whitespace-nowrap">{tail}</span>
        </Link>
      ) : (
        <Link href={`/batches/${id}`} title={label} className={`${linkClass} max-md:line-clamp-2`}>
          {label}
        </Link>
      )}
    </span>
  );
}
