"use client";

import { useState, type FormEvent, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { addMemberSchema, roleNames, teamRoles, type AddMember, type MemberAnswer } from "@/lib/auth/team-schema";
import { useAddMember } from "@/lib/auth/use-team";

const field = "h-9 rounded-md border border-zinc-300 bg-white px-2.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

const blank: AddMember = { name: "", email: "", role: "sdr" };

export function AddMemberForm({ onAdded, nameField }: { onAdded: (answer: MemberAnswer) => void; nameField: RefObject<HTMLInputElement | null> }) {
  const add = useAddMember();
  const [form, setForm] = useState<AddMember>(blank);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const parsed = addMemberSchema.safeParse(form);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the fields.");
    setProblem(null);
    add.mutate(parsed.data, {
      onSuccess: (answer) => {
        // Back to SDR, the least access: the next person is rarely another manager.
        setForm(blank);
        onAdded(answer);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a person" className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="font-medium">Add a person</h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Name</span>
          <input ref={nameField} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" className={`${field} w-56`} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Email</span>
          <input type="email" value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} autoComplete="off" className={`${field} w-64`} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Role</span>
          <select value={form.role} onChange={(event) => setForm({ ...form, role: event.target.value as AddMember["role"] })} className={field}>
            {teamRoles.map((role) => (
              <option key={role} value={role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
        </label>
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
        <Button type="submit" aria-disabled={add.isPending || undefined}>
          {add.isPending ? "Adding…" : "Add to team"}
        </Button>
      </div>
      {problem || add.error ? <p role="alert" className="text-red-700 dark:text-red-400">{problem ?? add.error?.message}</p> : null}
    </form>
  );
}
