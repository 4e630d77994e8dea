"use client";

import { useEffect, useRef } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import type { TeamMember } from "@/lib/auth/team-schema";

/** A password made by the server for one person, not yet handed over. */
export type HandOver = { member: TeamMember; password: string };

type Props = { handOvers: HandOver[]; onDone: (memberId: string) => void; onAllDone: () => void };

/**
 * Passwords made by the server, newest first, each shown to the admin who asked for it until they press its Done:
 * adding several people in a row must not hide the passwords not yet handed over.
 */
export function NewPasswords({ handOvers, onDone, onAllDone }: Props) {
  const doneButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  // Done removes the button that had the focus: the next password's Done takes it, not the page.
  useEffect(() => {
    if (!focusNext.current) return;
    doneButtons.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const done = (index: number) => {
    const neighbour = handOvers[index + 1] ?? handOvers[index - 1];
    focusNext.current = neighbour?.member.id ?? null;
    onDone(handOvers[index]!.member.id);
    if (!neighbour) onAllDone();
  };

  return (
    <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 empty:hidden dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      {handOvers.length > 0 ? (
        <>
          <ul aria-label="New passwords" className="space-y-1.5">
            {handOvers.map(({ member, password }, index) => (
              <li key={member.id} data-testid="new-password-entry" className="flex flex-wrap items-center gap-3">
                <p className="min-w-0 flex-1">
                  {member.name} signs in with <span className="font-medium">{member.email}</span> and this password:{" "}
                  <code data-testid="new-password" className="rounded bg-white px-1.5 py-0.5 font-mono dark:bg-zinc-900">
                    {password}
                  </code>{" "}
                  <CopyButton value={password} label={`Copy ${member.name}'s password`} />
                </p>
                <button
                  type="button"
                  ref={(button) => {
                    if (button) doneButtons.current.set(member.id, button);
                    else doneButtons.current.delete(member.id);
                  }}
                  onClick={() => done(index)}
                  aria-label={`Done with ${member.name}'s password`}
                  className="text-xs font-medium underline-offset-2 hover:underline"
                >
                  Done
                </button>
              </li>
            ))}
          </ul>
          <p className="mt-1.5 text-xs text-emerald-900/80 dark:text-emerald-200/80">
            Give each to its person directly. They are shown only until you press Done and stored only as a hash; Reset password makes a new one.
          </p>
        </>
      ) : null}
    </div>
  );
}
