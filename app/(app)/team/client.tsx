"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { roleNames, type ChangeMember, type MemberAnswer, type TeamMember } from "@/lib/auth/team-schema";
import { useChangeMember, useTeam } from "@/lib/auth/use-team";
import { AddMemberForm } from "./add-member-form";
import { DemoAccountsNote } from "./demo-accounts-note";
import { MemberRow } from "./member-row";
import { NewPasswords, type HandOver } from "./new-passwords";
import { DataTable } from "@/components/ui/data-table";

export function TeamClient({ currentUserId }: { currentUserId: string }) {
  const team = useTeam();
  const router = useRouter();
  const change = useChangeMember();
  const [handOvers, setHandOvers] = useState<HandOver[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  // Newest first; a reset replaces that person's earlier password, which no longer works.
  const showPassword = (answer: MemberAnswer) => {
    const { member, temporaryPassword } = answer;
    if (temporaryPassword) setHandOvers((shown) => [{ member, password: temporaryPassword }, ...shown.filter((entry) => entry.member.id !== member.id)]);
  };

  return (
    <div className="max-w-7xl space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Team</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Everyone who can sign in. SDRs reveal and see their own spend; managers also see the team&apos;s spend, set budgets and approve; admins also change settings and the team. Changes apply at once, and are in the history on Budgets.
        </p>
      </div>
      <DemoAccountsNote team={team.data} currentUserId={currentUserId} />
      <AddMemberForm onAdded={showPassword} nameField={nameField} />
      <NewPasswords
        handOvers={handOvers}
        onDone={(memberId) => setHandOvers((shown) => shown.filter((entry) => entry.member.id !== memberId))}
        onAllDone={() => nameField.current?.focus()}
      />
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
        {saved}
      </p>
      {team.error ? <p role="alert" className="text-sm text-red-700">{team.error.message}</p> : null}
      {team.isLoading ? <p className="text-sm text-zinc-500">Loading the team…</p> : null}
      {team.data ? (
        // On a phone each person is a card: name and email, then role and dates, then the actions.
        <DataTable className="max-sm:block">
          <thead className="bg-zinc-50 max-sm:hidden text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Name</th>
              <th scope="col" className="px-3 py-2 font-medium">Email</th>
              <th scope="col" className="px-3 py-2 font-medium">Role</th>
              <th scope="col" className="px-3 py-2 font-medium">Since</th>
              <th scope="col" className="px-3 py-2 font-medium">Last sign-in</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Actions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 max-sm:block dark:divide-zinc-800">
            {team.data.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                you={member.id === currentUserId}
                pending={change.isPending}
                onChange={(body, done, refused) => {
                  setSaved(null);
                  change.mutate(
                    { id: member.id, change: body },
                    {
                      onSuccess: (answer) => {
                        showPassword(answer);
                        setSaved(savedMessage(body, answer.member));
                        // The header names the signed-in person from the server's render.
                        if (answer.member.id === currentUserId && body.name !== undefined) router.refresh();
                        done();
                      },
                      onError: refused,
                    },
                  );
                }}
              />
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </div>
  );
}

/** What a change did, said once it is saved (a new password says so in its own panel). */
function savedMessage(change: ChangeMember, member: TeamMember): string | null {
  if (change.role) return `Saved: ${member.name} is now ${roleNames[member.role] === "Admin" ? "an" : "a"} ${roleNames[member.role]}.`;
  if (change.disabled === true) return `${member.name} is disabled and signed out everywhere.`;
  if (change.disabled === false) return `${member.name} can sign in again.`;
  if (change.resetPassword) return null;
  return `Saved: ${member.name}, ${member.email}.`;
}
