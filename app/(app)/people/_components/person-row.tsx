"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { BestNumberCell } from "@/components/reveals/best-number-cell";
import { ProviderCellView } from "@/components/reveals/provider-cell";
import { PersonIdentity } from "@/components/reveals/person-identity";
import { StateBadge } from "@/components/reveals/state-badge";
import { When } from "@/components/ui/when";
import { numberAgreement } from "@/lib/reveals/best-number";
import type { Person } from "@/lib/reveals/people-schemas";
import { formatDays } from "@/lib/ui/format-when";

const COLUMNS = 6;
const DAY_MS = 86_400_000;
// Narrower than a laptop (a phone, or a window beside LinkedIn), the row is a card: who, then the number, the answer, who revealed it and the links.
const CARD = "max-lg:flex max-lg:flex-wrap max-lg:gap-x-4 max-lg:gap-y-2 max-lg:py-2";
const CARD_CELL = "px-3 py-2 max-lg:py-0";

/** One person of the directory; its details row lists what every provider said. */
export function PersonRow({ person, freshnessDays }: { person: Person; freshnessDays: number }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const name = [person.firstName, person.lastName].filter(Boolean).join(" ");
  const providers = Object.entries(person.results);
  const agreement = numberAgreement(person.results);
  // Worth paying again when the answer has aged out, or found nothing (the paste page then offers "reveal again").
  const profile = person.linkedinUrl ?? person.personId;
  const revealAgainLink = profile && (!person.fresh || person.state === "not_found") ? `/reveal?${new URLSearchParams({ profile, again: "1" })}` : null;
  return (
    <>
      <tr data-testid="person-row" data-state={person.state} className={`align-top hover:bg-zinc-50 dark:hover:bg-zinc-800/50 ${CARD}`}>
        <th scope="row" className="max-w-80 px-3 py-2 text-left font-normal max-lg:max-w-none max-lg:min-w-0 max-lg:basis-full max-lg:pb-0">
          <PersonIdentity {...person} noName="Name unknown" />
        </th>
        <td className={CARD_CELL}>
          {person.state === "found" ? <BestNumberCell results={person.results} /> : <span className="text-zinc-500 dark:text-zinc-400">No number found</span>}
        </td>
        <td className={CARD_CELL}>
          <StateBadge state={person.ranOutOfCredits ? "unfinished" : person.state} />
          <p className="mt-1 text-[11px] text-zinc-600 dark:text-zinc-400">
            {person.ranOutOfCredits ? (
              "Unfinished: Clodura's credits ran out before every provider was asked. Lists do not reuse it."
            ) : person.noNumberSent ? (
              "A provider said found but sent no number (charged). Lists do not reuse it."
            ) : person.fresh ? (
              <>
                {person.state === "found" ? "Free in any list until" : person.withoutPartners ? "Asked of Clodura alone: lists without partner providers reuse it until" : "Lists reuse this answer until"} <When at={person.answeredAt + freshnessDays * DAY_MS} day />
              </>
            ) : (
              freshnessDays === 0 ? "Lists reuse no answers (freshness window 0 days): a new reveal costs credits" : `Older than ${formatDays(freshnessDays)}: a new reveal costs credits`
            )}
          </p>
          {revealAgainLink ? (
            <Link href={revealAgainLink} className="mt-1 inline-block text-xs text-indigo-700 hover:underline dark:text-indigo-300">
              Reveal again<span className="sr-only"> ({name || profile})</span>
            </Link>
          ) : null}
        </td>
        <td className={`${CARD_CELL} max-lg:flex max-lg:items-baseline max-lg:gap-1.5 max-lg:text-xs`}>
          <p>{person.byYou ? "You" : person.revealedBy}</p>
          <When at={person.answeredAt} className="text-xs text-zinc-600 dark:text-zinc-400" />
        </td>
        <td className={`${CARD_CELL} text-xs`}>
          {person.batchId ? (
            <Link href={`/batches/${person.batchId}`} className="whitespace-nowrap text-indigo-700 hover:underline dark:text-indigo-300">
              Open list<span className="sr-only"> {name || profile} came from</span>
            </Link>
          ) : (
            <span className="text-zinc-500 dark:text-zinc-400" title={`${person.revealedBy}'s list: only they and managers can open it`}>
              {person.revealedBy.split(" ")[0]}&apos;s list
            </span>
          )}
        </td>
        <td className={`${CARD_CELL} text-right max-lg:ml-auto`}>
          {providers.length > 0 ? (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen(!open)}
              className="rounded px-1.5 py-0.5 text-xs whitespace-nowrap text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300 dark:hover:bg-indigo-950"
            >
              {open ? "Hide providers" : `${providers.length} provider${providers.length === 1 ? "" : "s"}`}
            </button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="bg-zinc-50/70 max-lg:block dark:bg-zinc-900/60">
          <td colSpan={COLUMNS} className="px-3 py-3 max-lg:block">
            <ul aria-label={`What each provider said about ${name || "this person"}`} className="grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-3 text-xs">
              {providers.map(([provider, cell]) => (
                <li key={provider} className="space-y-1">
                  <p className="font-medium text-zinc-700 dark:text-zinc-300">{provider}</p>
                  <ProviderCellView provider={provider} cell={cell} pending={false} agreement={agreement} />
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}
