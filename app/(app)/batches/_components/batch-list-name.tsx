import Link from "next/link";
import { labelEnds } from "@/lib/reveals/label-ends";

/**
 * A list's name linking to its page. On a phone a long name stops at two lines, cut in the middle: its end stays in
 * view, so "… (sent again)" is told from the list it was sent again from. The whole name is its title and its text.
 */
export function BatchListName({ id, label }: { id: string; label: string }) {
  const { head, tail } = labelEnds(label);
  return (
    <Link href={`/batches/${id}`} title={label} className="font-medium break-words text-indigo-700 hover:underline max-md:flex max-md:items-end dark:text-indigo-300">
      <span className="min-w-0 max-md:line-clamp-2">{head}</span>
      {tail ? <span className="max-md:shrink-0 max-md:pl-1 max-md:whitespace-nowrap">{tail}</span> : null}
    </Link>
  );
}
