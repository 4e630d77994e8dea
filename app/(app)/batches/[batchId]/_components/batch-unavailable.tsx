import Link from "next/link";

/** A batch that cannot be shown (no such batch, a teammate's, or it failed to load), and the way back. */
export function BatchUnavailable({ message }: { message: string }) {
  return (
    <div className="py-10 text-center">
      <p className="text-sm text-red-700 dark:text-red-400">{message}</p>
      <Link href="/batches" className="mt-3 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-300">
        Back to batches
      </Link>
    </div>
  );
}
