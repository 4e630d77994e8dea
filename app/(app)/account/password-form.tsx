"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, fetchJson } from "@/lib/api/fetch-json";
import { changePasswordSchema, type ChangePassword } from "@/lib/auth/account-schema";
import { MIN_PASSWORD, passwordProblem, type PasswordOwner } from "@/lib/auth/password-policy";

const field = "mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400";
const PROBLEM_ID = "password-problem";

type Field = "current" | "next" | "repeat";

export function PasswordForm({ owner }: { owner: PasswordOwner }) {
  const [values, setValues] = useState({ current: "", next: "", repeat: "" });
  const [problem, setProblem] = useState<{ field: Field; message: string } | null>(null);
  const currentField = useRef<HTMLInputElement>(null);
  const nextField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const changed = useRef<HTMLParagraphElement>(null);
  const router = useRouter();
  // The field at fault takes the focus, its text selected to be typed over.
  const point = (field: Field | null) => {
    const element = field === null ? button.current : { current: currentField, next: nextField, repeat: repeatField }[field].current;
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
  };
  const change = useMutation({
    mutationFn: async (input: ChangePassword) => {
      await fetchJson<{ changed: true }>("/api/account/password", { method: "POST", body: JSON.stringify(input) });
      // The change ended every session, this one too: sign this browser in again with the new password.
      const again = await signIn("credentials", { email: owner.email, password: input.next, redirect: false });
      if (!again?.ok || again.error) throw new Error("Your password was changed, but this browser could not sign in again. Sign in with the new password.");
    },
    onSuccess: () => {
      setValues({ current: "", next: "", repeat: "" });
      // The layout's banner asking for a password of one's own is drawn on the server: drawn again, it goes at once.
      router.refresh();
    },
    // The server refuses a well-formed change (422) only for a wrong current password; the rest keep the form as it is.
    onError: (error) => setTimeout(() => point(error instanceof ApiError && error.status === 422 ? "current" : null)),
  });

  // Said where the focus is: the fields it was typed in are emptied, and the button does not move it.
  useEffect(() => {
    if (change.isSuccess) changed.current?.focus();
  }, [change.isSuccess]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const flag = (field: Field, message: string) => {
      setProblem({ field, message });
      point(field);
    };
    const parsed = changePasswordSchema.safeParse({ current: values.current, next: values.next });
    if (!parsed.success) return flag(parsed.error.issues[0]?.path[0] === "current" ? "current" : "next", parsed.error.issues[0]?.message ?? "Check the fields.");
    const weak = passwordProblem(parsed.data.next, owner);
    if (weak) return flag("next", weak);
    if (values.repeat !== values.next) return flag("repeat", "The two new passwords differ: type the same one twice.");
    setProblem(null);
    change.mutate(parsed.data);
  };
  // The server's refusal marks the current password until the form finds a problem of its own.
  const faulty: Field | null = problem?.field ?? (change.error instanceof ApiError && change.error.status === 422 ? "current" : null);
  // The field at fault is marked and read with the message; `help` is what the field is always read with.
  const described = (name: Field, help?: string) => {
    const ids = [help, faulty === name ? PROBLEM_ID : undefined].filter(Boolean).join(" ");
    return { "aria-invalid": faulty === name ? true : undefined, "aria-describedby": ids || undefined };
  };
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate aria-label="Change your password" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold">Change your password</h2>
      <label className="block">
        Current password
        <input ref={currentField} type="password" autoComplete="current-password" value={values.current} onChange={set("current")} {...described("current")} className={field} />
      </label>
      <label className="block">
        New password
        <input ref={nextField} type="password" autoComplete="new-password" value={values.next} onChange={set("next")} {...described("next", "new-password-help")} className={field} />
      </label>
      <p id="new-password-help" className="text-xs text-zinc-500">
        At least {MIN_PASSWORD} characters, without your name or email. A few unrelated words make a strong one.
      </p>
      <label className="block">
        New password again
        <input ref={repeatField} type="password" autoComplete="new-password" value={values.repeat} onChange={set("repeat")} {...described("repeat")} className={field} />
      </label>
      {problem || change.error ? <p id={PROBLEM_ID} role="alert" className="text-red-700 dark:text-red-400">{problem?.message ?? change.error?.message}</p> : null}
      {change.isSuccess && !problem ? <p ref={changed} tabIndex={-1} role="status" className="text-emerald-700 dark:text-emerald-400">Password changed. Any other browser or device signed in as you has been signed out.</p> : null}
      {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page while it saves. */}
      <Button ref={button} type="submit" aria-disabled={change.isPending || undefined}>
        {change.isPending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
