import { StateBadge } from "@/components/reveals/state-badge";
import type { BatchRow, BatchView } from "@/lib/reveals/schemas";
import { ProviderCellView } from "./provider-cell";

export function ResultGrid({ batch }: { batch: BatchView }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full border-collapse text-left text-xs">
        <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="sticky left-0 min-w-64 bg-zinc-50 px-3 py-2 font-medium dark:bg-zinc-900">
              Person
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              State
            </th>
            {batch.providers.map((provider) => (
              <th key={provider} scope="col" className="min-w-36 px-3 py-2 font-medium">
                {provider}
              </th>
            ))}
            {batch.providers.length === 0 ? (
              <th scope="col" className="px-3 py-2 font-normal italic text-zinc-400">
                Providers appear here as their answers arrive
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {batch.rows.map((row) => (
            <ResultRow key={row.revealId} row={row} providers={batch.providers} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResultRow({ row, providers }: { row: BatchRow; providers: string[] }) {
  const name = [row.firstName, row.lastName].filter(Boolean).join(" ");
  const pending = row.state === "queued" || row.state === "dispatching" || row.state === "awaiting";
  return (
    <tr data-testid="reveal-row" data-state={row.state} className="align-top">
      <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal dark:bg-zinc-900">
        <p className="font-medium">{name || <span className="text-zinc-400">Name arrives with the result</span>}</p>
        {row.linkedinUrl ? (
          <a href={row.linkedinUrl} target="_blank" rel="noreferrer noopener" className="block max-w-72 truncate font-mono text-[11px] text-indigo-600 hover:underline dark:text-indigo-400">
            {row.linkedinUrl.replace("https://www.", "")}
          </a>
        ) : null}
        {row.personId ? <p className="font-mono text-[11px] text-zinc-500">personId {row.personId}</p> : null}
      </th>
      <td className="px-3 py-2">
        <StateBadge state={row.state} />
        {row.errorMessage ? <p className={`mt-1 max-w-64 text-[11px] ${row.state === "failed" ? "text-red-700 dark:text-red-400" : "text-zinc-500"}`}>{row.errorMessage}</p> : null}
      </td>
      {providers.map((provider) => (
        <td key={provider} className="px-3 py-2">
          <ProviderCellView cell={row.results[provider]} pending={pending} />
        </td>
      ))}
      {providers.length === 0 ? <td /> : null}
    </tr>
  );
}
