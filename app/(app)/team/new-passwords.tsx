import { CopyButton } from "@/components/ui/copy-button";

/** A password made by the server, shown once to the admin who asked for it. */
export function NewPassword({ name, email, password, onDone }: { name: string; email: string; password: string; onDone: () => void }) {
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      <div className="min-w-0 flex-1">
        <p>
          {name} signs in with <span className="font-medium">{email}</span> and this password:{" "}
          <code data-testid="new-password" className="rounded bg-white px-1.5 py-0.5 font-mono dark:bg-zinc-900">
            {password}
          </code>{" "}
          <CopyButton value={password} label="Copy the password" />
        </p>
        <p className="mt-0.5 text-xs text-emerald-900/80 dark:text-emerald-200/80">Give it to them directly. It is shown only now and stored only as a hash; Reset password makes a new one.</p>
      </div>
      <button type="button" onClick={onDone} className="text-xs font-medium underline-offset-2 hover:underline">
        Done
      </button>
    </div>
  );
}
