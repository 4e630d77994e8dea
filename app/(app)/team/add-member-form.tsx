"use client";

import { useRef, useState, type FormEvent, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/fetch-json";
import { addMemberSchema, refusedField, roleNames, teamRoles, type AddMember, type MemberAnswer, type MemberField } from "@/lib/auth/team-schema";
import { useAddMember } from "@/lib/auth/use-team";

const field = "h-9 rounded-md border border-zinc-300 bg-white px-2.5 text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400";
const PROBLEM_ID = "add-member-problem";

const blank: AddMember = { name: "", email: "", role: "sdr" };

type Problem = { field: MemberField | null; message: string };

export function AddMemberForm({ onAdded, nameField }: { onAdded: (answer: MemberAnswer) => void; nameField: RefObject<HTMLInputElement | null> }) {
  const add = useAddMember();
  const [form, setForm] = useState<AddMember>(blank);
  const [problem, setProblem] = useState<Problem | null>(null);
  const emailField = useRef<HTMLInputElement>(null);
  // The field at fault is marked, read with the message and focused, its text selected to be typed over.
  const flag = (found: Problem) => {
    setProblem(found);
    const element = found.field === "name" ? nameField.current : found.field === "email" ? emailField.current : null;
    element?.focus();
    element?.select();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const parsed = addMemberSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path[0];
      return flag({ field: at === "name" || at === "email" ? at : null, message: issue?.message ?? "Check the fields." });
    }
    setProblem(null);
    add.mutate(parsed.data, {
      onSuccess: (answer) => {
        // Back to SDR, the least access: the next person is rarely another manager.
        setForm(blank);
        onAdded(answer);
      },
      // An email or a name someone on the team has: that field, as for the form's own checks.
      onError: (error) => flag({ field: error instanceof ApiError ? refusedField(error.details) : null, message: error.message }),
    });
  };
  const described = (name: MemberField) => (problem?.field === name ? { "aria-invalid": true, "aria-describedby": PROBLEM_ID } : {});

  return (
    <form onSubmit={submit} noValidate aria-label="Add a person" className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="font-medium">Add a person</h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Name</span>
          <input ref={nameField} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" {...described("name")} className={`${field} w-56`} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Email</span>
          <input ref={emailField} type="email" value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} autoComplete="off" {...described("email")} className={`${field} w-64`} />
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
      {problem ? (
        <p id={PROBLEM_ID} role="alert" className="text-red-700 dark:text-red-400">
          {problem.message}
        </p>
      ) : null}
    </form>
  );
}
