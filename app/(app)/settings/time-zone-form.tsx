"use client";

import { useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useFocusAfterSave } from "@/lib/ui/use-focus-after-save";
import type { TeamTimeZone } from "@/lib/settings/time-zone";
import { currentZoneName, timeZoneOptions } from "@/lib/settings/time-zone-options";
import { useSaveTeamTimeZone, useTeamTimeZone } from "@/lib/settings/use-time-zone";

export function TimeZoneForm() {
  const current = useTeamTimeZone();
  // Kept above the fields: they remount with the saved value, and the "Saved" message must survive that.
  const save = useSaveTeamTimeZone();
  if (current.error) return <p role="alert" className="text-sm text-red-700">{current.error.message}</p>;
  if (!current.data) return <p className="text-sm text-zinc-500">Loading the team&apos;s time zone…</p>;
  return <TimeZoneFields key={current.data.timeZone} initial={current.data} save={save} />;
}

function TimeZoneFields({ initial, save }: { initial: TeamTimeZone; save: ReturnType<typeof useSaveTeamTimeZone> }) {
  // The save button is disabled once the saved zone is shown: the picker takes the focus back instead.
  const picker = useFocusAfterSave<HTMLSelectElement>(save.isSuccess);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const options = useMemo(() => timeZoneOptions(Intl.supportedValuesOf("timeZone"), [initial.default, initial.timeZone]), [initial]);
  const zones = options.map((option) => option.zone);
  const browserZone = useMemo(() => currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ timeZone });
  };

  return (
    <form onSubmit={submit} aria-label="Team calendar" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold">Team calendar</h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="time-zone" className="font-medium">
          Time zone
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <select ref={picker} id="time-zone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} aria-describedby="time-zone-help" className="w-72 rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900">
            {options.map((option) => (
              <option key={option.zone} value={option.zone}>
                {option.label}
              </option>
            ))}
          </select>
          {browserZone && browserZone !== currentZoneName(timeZone) && zones.map(currentZoneName).includes(browserZone) ? (
            <Button variant="ghost" size="sm" onClick={() => setTimeZone(zones.find((zone) => currentZoneName(zone) === browserZone) ?? browserZone)}>
              Use mine ({browserZone.replaceAll("_", " ")})
            </Button>
          ) : null}
        </div>
        <p id="time-zone-help" className="text-xs text-zinc-500">
          Daily budgets reset at midnight here, and the Credits page counts its days here. Changing it recounts every past charge on the day it fell on in the new zone.
        </p>
      </div>
      {save.error ? <p role="alert" className="text-red-700 dark:text-red-400">{save.error.message}</p> : null}
      {save.isSuccess ? <p role="status" className="text-emerald-700 dark:text-emerald-400">Saved. Budgets and the Credits page count days in {initial.timeZone.replaceAll("_", " ")}.</p> : null}
      <Button type="submit" disabled={save.isPending || timeZone === initial.timeZone}>
        {save.isPending ? "Recounting past charges…" : "Save time zone"}
      </Button>
    </form>
  );
}
