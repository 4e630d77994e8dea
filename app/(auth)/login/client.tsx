"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SIGN_IN_LOCKED } from "@/lib/auth/sign-in-throttle";
import { ACCOUNT_DISABLED } from "@/lib/auth/team-schema";
import { useInputBeforeHydration } from "@/lib/ui/use-input-before-hydration";

type DemoAccount = { email: string; password: string; role: string };

const signInMessages: Record<string, string> = {
  CredentialsSignin: "That email and password don't match an account. Check both and try again.",
  [SIGN_IN_LOCKED]: "Too many wrong passwords for this email. Wait a minute, then try again.",
  [ACCOUNT_DISABLED]: "This account has been disabled. Ask your Reveal Desk admin to enable it again.",
};

const roleNames: Record<string, string> = { sdr: "SDR", manager: "Manager", admin: "Admin" };

const inputClass =
  "mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-zinc-700 dark:bg-zinc-900";

export function LoginForm({ callbackUrl, demoAccounts }: { callbackUrl: string; demoAccounts: DemoAccount[] }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const emailField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  useInputBeforeHydration(emailField, (field) => setEmail(field.value));
  useInputBeforeHydration(passwordField, (field) => setPassword(field.value));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInMessages[result?.error ?? ""] ?? "Sign-in failed. Try again in a moment.");
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900" noValidate>
        <div>
          <label htmlFor="email" className="text-sm font-medium">
            Email
          </label>
          <input ref={emailField} id="email" name="email" type="email" autoComplete="username" required autoFocus value={email} onChange={(event) => setEmail(event.target.value)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="password" className="text-sm font-medium">
            Password
          </label>
          <input ref={passwordField} id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} className={inputClass} />
        </div>
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending || !email || !password}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
        <p className="text-center text-xs text-zinc-500 dark:text-zinc-400">Forgot your password? Your Reveal Desk admin can reset it on the Team page.</p>
      </form>
      {demoAccounts.length > 0 ? (
        <section aria-labelledby="demo-heading" className="rounded-xl border border-dashed border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950/40">
          <h2 id="demo-heading" className="font-medium text-amber-900 dark:text-amber-200">
            Sandbox mode: demo accounts
          </h2>
          <p className="mt-1 text-amber-900 dark:text-amber-200/80">No Clodura key is set, so results come from the built-in simulator. Pick an account to fill the form.</p>
          <ul className="mt-3 space-y-2">
            {demoAccounts.map((account) => (
              <li key={account.email} className="flex items-center justify-between gap-3 rounded-md bg-white/60 px-2.5 py-1.5 dark:bg-zinc-900/40">
                <span className="min-w-0">
                  <span className="block text-xs font-semibold text-amber-900 dark:text-amber-200">{roleNames[account.role] ?? account.role}</span>
                  <code className="block truncate font-mono text-xs">{account.email}</code>
                  <code className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{account.password}</code>
                </span>
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Use the ${roleNames[account.role] ?? account.role} demo account`}
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(account.password);
                  }}
                >
                  Use
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
