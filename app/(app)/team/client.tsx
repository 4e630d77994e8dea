"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { roleNames, teamRoles, type MemberAnswer, type TeamMember } from "@/lib/auth/team-schema";
import { useChangeMember, useTeam } from "@/lib/auth/use-team";
import { AddMemberForm } from "./add-member-form";
import { NewPassword } from "./new-password";

export function TeamClient({ currentUserId }: { currentUserId: string }) {
  const team = useTeam();
  const change = useChangeMember();
  const [password, setPassword] = useState<{ member: TeamMember; password: string } | null>(null);
  // Only a new password replaces the panel: another change must not hide a password not yet handed over.
  const showPassword = (answer: MemberAnswer) => {
    if (answer.temporaryPassword) setPassword({ member: answer.member, password: answer.temporaryPassword });
  };

  return (
    <div className="max-w-5xl space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Team</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Everyone who can sign in. SDRs reveal and see their own spend; managers also see the team&apos;s spend, set budgets and approve; admins also change settings and the team. Changes apply at once, and are in the history on Budgets.
        </p>
      </div>
      <AddMemberForm onAdded={showPassword} />
      {password ? <NewPassword name={password.member.name} email={password.member.email} password={password.password} onDone={() => setPassword(null)} /> : null}
      {change.error ? <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{change.error.message}</p> : null}
      {team.error ? <p role="alert" className="text-sm text-red-700">{team.error.message}</p> : null}
      {team.isLoading ? <p className="text-sm text-zinc-500">Loading the team…</p> : null}
      {team.data ? (
        <table className="w-full overflow-hidden rounded-xl border border-zinc-200 bg-white text-left text-sm dark:border-zinc-800 dark:bg-zinc-900">
          <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Name</th>
              <th scope="col" className="px-3 py-2 font-medium">Email</th>
              <th scope="col" className="px-3 py-2 font-medium">Role</th>
              <th scope="col" className="px-3 py-2 font-medium">Since</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Actions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {team.data.map((member) => {
              const you = member.id === currentUserId;
              const act = (body: Parameters<typeof change.mutate>[0]["change"]) => change.mutate({ id: member.id, change: body }, { onSuccess: showPassword });
              return (
                <tr key={member.id} data-testid="team-member" className={member.disabled ? "text-zinc-400 dark:text-zinc-500" : ""}>
                  <td className="px-3 py-2">
                    {member.name}
                    {you ? <span className="ml-2 text-xs text-zinc-500">(you)</span> : null}
                    {member.disabled ? <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-600 dark:bg-zinc-800">disabled</span> : null}
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{member.email}</td>
                  <td className="px-3 py-2">
                    <select
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      disabled={you || change.isPending}
                      title={you ? "Another admin can change your role." : undefined}
                      onChange={(event) => act({ role: event.target.value as TeamMember["role"] })}
                      className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
                    >
                      {teamRoles.map((role) => (
                        <option key={role} value={role}>
                          {roleNames[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-3 py-2 text-xs text-zinc-500">{new Date(member.createdAt).toLocaleDateString()}</td>
                  <td className="px-3 py-2">
                    <div className="flex justify-end gap-1">
                      <Button variant="ghost" size="sm" disabled={change.isPending} onClick={() => act({ resetPassword: true })} aria-label={`Reset the password of ${member.name}`}>
                        Reset password
                      </Button>
                      {you ? null : (
                        <Button variant="secondary" size="sm" disabled={change.isPending} onClick={() => act({ disabled: !member.disabled })} aria-label={`${member.disabled ? "Enable" : "Disable"} ${member.name}`}>
                          {member.disabled ? "Enable" : "Disable"}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
