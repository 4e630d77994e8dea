"use client";

import { useRef, useState, type FormEvent } from "react";
import { ApiError } from "@/lib/api/fetch-json";
import { useReturnFocus } from "@/lib/ui/use-return-focus";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { changeMemberSchema, refusedField, roleNames, teamRoles, type ChangeMember, type MemberField, type TeamMember } from "@/lib/auth/team-schema";
import { phoneLabelled } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";

const input = "h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400";

type Props = { member: TeamMember; you: boolean; pending: boolean; onChange: (change: ChangeMember, done: () => void, refused: (error: Error) => void) => void };

/**
 * One person: a role picked then saved, and name and email edited in place (Enter saves, Escape cancels). Controls are
 * not disabled while a change is saved (that would drop the keyboard's focus): they ignore presses until it is done.
 * A change refused, by the form or the server, is said in this row, at the field it is about.
 */
export function MemberRow({ member, you, pending, onChange }: Props) {
  const [draft, setDraft] = useState<{ name: string; email: string } | null>(null);
  const [role, setRole] = useState<TeamMember["role"] | null>(null);
  const [problem, setProblem] = useState<{ field: MemberField | null; message: string } | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const flag = (field: MemberField | null, message: string) => {
    setProblem({ field, message });
    const element = field === "name" ? nameInput.current : field === "email" ? emailInput.current : null;
    element?.focus();
    element?.select();
  };
  // A refusal of a role, a reset or a disable names no field: said in the row, where the focus already is.
  const send = (change: ChangeMember, done: () => void = () => {}, refused = (error: Error) => setProblem({ field: null, message: error.message })) => {
    setProblem(null);
    onChange(change, done, refused);
  };
  const problemId = `problem-${member.id}`;
  const described = (field: MemberField) => (problem?.field === field ? { "aria-invalid": true, "aria-describedby": problemId } : {});
  const { target: editButton, returnFocus: focusEditButton } = useReturnFocus<HTMLButtonElement>(draft === null);
  const { target: roleSelect, returnFocus: focusRoleSelect } = useReturnFocus<HTMLSelectElement>(role === null);
  const unlessPending = (act: () => void) => () => {
    if (!pending) act();
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const parsed = changeMemberSchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return flag(issue?.path[0] === "name" || issue?.path[0] === "email" ? issue.path[0] : null, issue?.message ?? "Check the name and email.");
    }
    send(
      parsed.data,
      () => {
        focusEditButton();
        setDraft(null);
      },
      (error) => flag(error instanceof ApiError ? refusedField(error.details) : null, error.message),
    );
  };
  const formId = `edit-${member.id}`;
  const cancel = () => {
    if (draft) focusEditButton();
    if (role) focusRoleSelect();
    setDraft(null);
    setRole(null);
    // A refusal of the change given up on is no longer news.
    setProblem(null);
  };
  const saveRole = () => {
    if (pending || !role) return;
    send({ role }, () => {
      focusRoleSelect();
      setRole(null);
    });
  };

  return (
    <tr data-testid="team-member" className={`max-sm:grid max-sm:grid-cols-2 max-sm:py-1 ${member.disabled ? "text-zinc-500" : ""}`} onKeyDown={(event) => event.key === "Escape" && cancel()}>
      <td className="px-3 py-2 max-sm:col-span-2 max-sm:pb-0 max-sm:font-medium">
        {draft ? (
          <input ref={nameInput} form={formId} aria-label={`Name of ${member.name}`} {...described("name")} autoFocus value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} className={input} />
        ) : (
          <>
            {member.name}
            {you ? <span className="ml-2 text-xs text-zinc-500">(you)</span> : null}
            {member.disabled ? <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-600 dark:bg-zinc-800">disabled</span> : null}
            {member.demo ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">demo</span> : null}
          </>
        )}
        {problem && problem.field !== "email" ? <ProblemLine id={problemId} message={problem.message} /> : null}
      </td>
      <td className="px-3 py-2 font-mono text-xs max-sm:col-span-2 max-sm:pt-0 max-sm:[overflow-wrap:anywhere]">
        {draft ? (
          <input ref={emailInput} form={formId} type="email" aria-label={`Email of ${member.name}`} {...described("email")} value={draft.email} onChange={(event) => setDraft({ ...draft, email: event.target.value })} className={input} />
        ) : (
          member.email
        )}
        {problem?.field === "email" ? <ProblemLine id={problemId} message={problem.message} /> : null}
      </td>
      <td className="px-3 py-2 max-sm:col-span-2">
        <div className="flex flex-wrap items-center gap-1">
          <select
            ref={roleSelect}
            aria-label={`Role of ${member.name}`}
            value={role ?? member.role}
            disabled={you}
            title={you ? "Another admin can change your role." : undefined}
            onChange={(event) => setRole(event.target.value === member.role ? null : (event.target.value as TeamMember["role"]))}
            className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
          >
            {teamRoles.map((option) => (
              <option key={option} value={option}>
                {roleNames[option]}
              </option>
            ))}
          </select>
          {role ? (
            <>
              <Button size="sm" aria-disabled={pending || undefined} onClick={saveRole} aria-label={`Make ${member.name} ${roleNames[role]}`}>
                Save
              </Button>
              <Button variant="ghost" size="sm" onClick={cancel} aria-label={`Keep ${member.name} ${roleNames[member.role]}`}>
                Cancel
              </Button>
            </>
          ) : null}
        </div>
      </td>
      <td data-label="Since" className={`${phoneLabelled} px-3 py-2 text-xs whitespace-nowrap text-zinc-500`}>
        <When at={member.createdAt} day />
      </td>
      <td data-label="Last sign-in" className={`${phoneLabelled} px-3 py-2 text-xs whitespace-nowrap text-zinc-500`} data-testid="last-sign-in">
        {member.lastSignedInAt === null ? "Never" : <When at={member.lastSignedInAt} />}
      </td>
      <td className="px-3 py-2 max-sm:col-span-2">
        {draft ? (
          <form id={formId} onSubmit={save} noValidate className="flex justify-end gap-1 max-sm:justify-start">
            <Button type="submit" size="sm" aria-disabled={pending || undefined}>
              Save
            </Button>
            <Button variant="ghost" size="sm" onClick={cancel}>
              Cancel
            </Button>
          </form>
        ) : (
          <div className="flex justify-end gap-1 whitespace-nowrap max-sm:flex-wrap max-sm:justify-start max-sm:whitespace-normal">
            <Button ref={editButton} variant="ghost" size="sm" onClick={() => setDraft({ name: member.name, email: member.email })} aria-label={`Edit ${member.name}`}>
              Edit
            </Button>
            {/* Your own password is changed under Your account: a reset here would sign you out before you read it. */}
            {you ? null : (
              <ConfirmButton
                variant="ghost"
                size="sm"
                label={`Reset password of ${member.name}`}
                warning={`${member.name.split(" ")[0]} will be signed out everywhere.`}
                confirmLabel="Reset password"
                onConfirm={unlessPending(() => send({ resetPassword: true }))}
              >
                Reset password
              </ConfirmButton>
            )}
            {you ? null : member.disabled ? (
              <Button variant="secondary" size="sm" aria-disabled={pending || undefined} onClick={unlessPending(() => send({ disabled: false }))} aria-label={`Enable ${member.name}`}>
                Enable
              </Button>
            ) : (
              <ConfirmButton
                size="sm"
                label={`Disable ${member.name}`}
                warning={`${member.name.split(" ")[0]} will be signed out and cannot sign in until enabled. Their lists still sending are stopped, and any waiting for approval declined: nothing more is charged to them.`}
                confirmLabel="Disable"
                onConfirm={unlessPending(() => send({ disabled: true }))}
              >
                Disable
              </ConfirmButton>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

/** A refusal, under the field it is about (or the name, when it is about none). */
function ProblemLine({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} role="alert" className="mt-1 font-sans text-xs text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}
