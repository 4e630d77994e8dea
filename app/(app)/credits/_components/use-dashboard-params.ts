"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { addDays, dayIn, isDay, periodAround } from "@/lib/credits/periods";
import { MAX_SPEND_SUBJECT } from "@/lib/credits/schemas";
import type { SpendParams } from "@/lib/credits/use-credits";

/** What a drill-down picks; its heading names it from the data (a link's old `label` is ignored: a list may be renamed since). */
export type Drill = { kind: "user" | "provider" | "batch" | "day"; value: string };

const drillKinds: readonly string[] = ["user", "provider", "batch", "day"] satisfies Drill["kind"][];

function drillReadable(kind: string, value: string): kind is Drill["kind"] {
  return drillKinds.includes(kind) && value.length <= MAX_SPEND_SUBJECT && (kind !== "day" || isDay(value));
}

/**
 * The dashboard's state lives in the URL, so a view (and a drill-down) can be bookmarked and shared. Days are the
 * team's (its time zone), as the server counts them.
 */
export function useDashboardParams(timeZone: string, unknownSdr: string | null = null) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [today] = useState(() => dayIn(Date.now(), timeZone));
  // A date in the link that is not one (hand-edited, cut short) is left out for the default, and named in `unreadable`.
  const unreadable = (["from", "to"] as const).flatMap((end) => {
    const value = search.get(end);
    return value !== null && !isDay(value) ? [{ end, value }] : [];
  });
  const asked = (end: "from" | "to") => (unreadable.some((bad) => bad.end === end) ? null : search.get(end));
  // A link with its ends swapped shows that period, not an error; one longer than the dashboard reads, its last days.
  const ends = [asked("from") ?? addDays(today, -29), asked("to") ?? today].sort();
  const { from, to, cut } = periodAround("to", { from: ends[0]!, to: ends[1]! });
  const tooLong = cut ? { from: ends[0]!, to: ends[1]! } : null;
  // An SDR the team does not have (the server said which): the whole team, and a note why.
  const askedSdr = search.get("sdr");
  const sdrLeftOut = askedSdr !== null && askedSdr === unknownSdr;
  const sdr = sdrLeftOut ? null : askedSdr;
  const [drillKind, drillValue] = [search.get("drill"), search.get("value")];
  const drill = useMemo<Drill | null>(() => (drillKind && drillValue && drillReadable(drillKind, drillValue) ? { kind: drillKind, value: drillValue } : null), [drillKind, drillValue]);
  // A drill-down the link names but that is not one (hand-edited): the period's every charge, and a note why.
  const unreadableDrill = drillKind !== null && !drill ? { kind: drillKind, value: drillValue ?? "" } : null;

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(search.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [pathname, router, search],
  );

  const report: SpendParams = useMemo(() => ({ from, to, userId: sdr }), [from, to, sdr]);
  const charges: SpendParams = useMemo(() => {
    if (!drill) return report;
    if (drill.kind === "day") return { ...report, from: drill.value, to: drill.value };
    if (drill.kind === "user") return { ...report, userId: drill.value };
    return { ...report, [drill.kind === "provider" ? "provider" : "batchId"]: drill.value };
  }, [drill, report]);

  return {
    today,
    from,
    to,
    unreadable,
    unreadableDrill,
    tooLong,
    sdr,
    sdrLeftOut,
    drill,
    report,
    charges,
    setPeriod: (period: { from: string; to: string }) => update({ ...period }),
    setSdr: (userId: string | null) => update({ sdr: userId, drill: null, value: null, label: null }),
    setDrill: (next: Drill | null) => update({ drill: next?.kind ?? null, value: next?.value ?? null, label: null }),
  };
}
