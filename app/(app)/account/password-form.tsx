"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/fetch-json";
import { changePasswordSchema, type ChangePassword } from "@/lib/auth/account-schema";
import { MIN_PASSWORD, passwordProblem, type PasswordOwner } from "@/lib/auth/password-policy";

const field = "mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900";

export function PasswordForm({ owner }: { owner: PasswordOwner }) {
  const [values, setValues] = useState({ current: "", next: "", repeat: "" });
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: async (input: ChangePassword) => {
      await fetchJson<{ changed: true }>("/api/account/password", { method: "POST", body: JSON.stringify(input) });
      // The change ended every session, this one too: sign this browser in again with the new password.
      const again = await signIn("credentials", { email: owner.email, password: input.next, redirect: false });
      if (!again?.ok || again.error) throw new Error("Your password was changed, but this browser could not sign in again. Sign in with the new password.");
    },
    onSuccess: () => setValues({ current: "", next: "", repeat: "" }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = changePasswordSchema.safeParse({ current: values.current, next: values.next });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the fields.");
    const weak = passwordProblem(parsed.data.next, owner);
    if (weak) return setProblem(weak);
    if (values.repeat !== values.next) return setProblem("The two new passwords differ: type the same one twice.");
    setProblem(null);
    change.mutate(parsed.data);
  };
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate aria-label="Change your password" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold">Change your password</h2>
      <label className="block">
        Current password
        <input type="password" autoComplete="current-password" value={values.current} onChange={set("current")} className={field} />
      </label>
      <label className="block">
        New password
        <input type="password" autoComplete="new-password" value={values.next} onChange={set("next")} aria-describedby="new-password-help" className={field} />
      </label>
      <p id="new-password-help" className="text-xs text-zinc-500">
        At least {MIN_PASSWORD} characters, without your name or email. A few unrelated words make a strong one.
      </p>
      <label className="block">
        New password again
        <input type="password" autoComplete="new-password" value={values.repeat} onChange={set("repeat")} className={field} />
      </label>
      {problem || change.error ? <p role="alert" className="text-red-700 dark:text-red-400">{problem ?? change.error?.message}</p> : null}
      {change.isSuccess && !problem ? <p role="status" className="text-emerald-700 dark:text-emerald-400">Password changed. Any other browser or device signed in as you has been signed out.</p> : null}
      <Button type="submit" disabled={change.isPending}>
        {change.isPending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
