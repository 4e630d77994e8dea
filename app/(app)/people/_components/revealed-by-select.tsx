"use client";

import { teammateLabel, useTeammates } from "@/lib/auth/use-team";

/**
 * Narrows the directory to what one person revealed: "" anyone, "me", or (for managers, who see the team) a teammate's
 * user id.
 */
export function RevealedBySelect({ value, onChange, viewerId, listTeam }: { value: string; onChange: (by: string) => void; viewerId: string; listTeam: boolean }) {
  const teammates = useTeammates(listTeam).filter((row) => row.id !== viewerId);
  return (
    // As narrow as the screen at most: a select is as wide as its longest name otherwise, and a phone scrolls sideways.
    <label className="flex min-w-0 max-w-full items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
      Revealed by
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="min-w-0 max-w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <option value="">Anyone</option>
        <option value="me">Me</option>
        {teammates.map((row) => (
          <option key={row.id} value={row.id}>
            {teammateLabel(row)}
          </option>
        ))}
      </select>
    </label>
  );
}
