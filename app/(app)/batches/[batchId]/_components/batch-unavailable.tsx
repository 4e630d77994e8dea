import Link from "next/link";

type BatchUnavailableProps = { message: string; failed?: boolean; sdr?: boolean };

/**
 * A batch that cannot be shown, and the way back: not found (no such batch, or for an SDR a teammate's, which is not
 * said apart so a link does not tell whether a list exists), or `failed` to load. `sdr`: who can open it instead.
 */
export function BatchUnavailable({ message, failed = false, sdr = false }: BatchUnavailableProps) {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <h1 className="text-lg font-semibold">{failed ? "This batch could not be loaded" : "Batch not found"}</h1>
      <p role={failed ? "alert" : undefined} className={`mt-2 text-sm ${failed ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`}>
        {message}
        {sdr ? " SDRs open only their own lists: if a teammate sent you this link, a manager can open it or export it for you." : ""}
      </p>
      <Link href="/batches" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        Back to batches
      </Link>
    </div>
  );
}
