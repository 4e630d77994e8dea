"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { signInError, type SignInLock } from "@/lib/auth/sign-in-error";
import { useInputBeforeHydration } from "@/lib/ui/use-input-before-hydration";

type DemoAccount = { email: string; password: string; role: string };

const roleNames: Record<string, string> = { sdr: "SDR", manager: "Manager", admin: "Admin" };

const inputClass =
  "mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-600 dark:focus:ring-indigo-400 dark:border-zinc-700 dark:bg-zinc-900";

/** `notice`: why this browser was signed out (an admin disabled the account), said until the next try. */
export function LoginForm({ callbackUrl, notice, demoAccounts }: { callbackUrl: string; notice: string | null; demoAccounts: DemoAccount[] }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const emailField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  useInputBeforeHydration(emailField, (field) => setEmail(field.value));
  useInputBeforeHydration(passwordField, (field) => setPassword(field.value));
  const [error, setError] = useState<string | null>(notice);
  const [pending, setPending] = useState(false);
  const [filledIn, setFilledIn] = useState("");
  const lock = useLockCountdown();

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
    const { message, lock: locked } = signInError(result?.error ?? undefined);
    // A lock's message is the countdown's, gone with it.
    setError(locked === null ? message : null);
    lock.start(locked);
    // The disabled button dropped the focus: back to the password, selected to be typed over.
    passwordField.current?.focus();
    passwordField.current?.select();
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900" noValidate>
        <div>
          <label htmlFor="email" className="text-sm font-medium">
            Email
          </label>
          <input
            ref={emailField}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => {
              // An email's lock is on that email only, and a network's spares a browser known to the email: another email
              // may try at once (the server says again if it is still locked).
              setEmail(event.target.value);
              lock.start(null);
            }}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="password" className="text-sm font-medium">
            Password
          </label>
          <input ref={passwordField} id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} className={inputClass} />
        </div>
        {error || lock.message !== null ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {lock.message ?? error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending || !email || !password || lock.message !== null}>
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
                  aria-label={`Use the ${roleNames[account.role] ?? account.role} demo account ${account.email}`}
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(account.password);
                    setFilledIn(`Filled in ${account.email} and its password: press Sign in.`);
                  }}
                >
                  Use
                </Button>
              </li>
            ))}
          </ul>
          <p role="status" className="sr-only">
            {filledIn}
          </p>
        </section>
      ) : null}
    </div>
  );
}

/** A lock's message, counted down each second; null when there is none (or it ran out). */
function useLockCountdown() {
  const [current, setCurrent] = useState<{ say: SignInLock["say"]; until: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (current === null) return;
    const tick = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= current.until) setCurrent(null);
    }, 1_000);
    return () => clearInterval(tick);
  }, [current]);
  return {
    message: current === null ? null : current.say(Math.max(1, Math.ceil((current.until - now) / 1_000))),
    start: (lock: SignInLock | null) => {
      setNow(Date.now());
      setCurrent(lock === null ? null : { say: lock.say, until: Date.now() + lock.seconds * 1_000 });
    },
  };
}
