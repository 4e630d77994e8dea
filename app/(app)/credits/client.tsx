"use client";

import Link from "next/link";
import { zoneLabel } from "@/lib/credits/periods";
import type { SpendReport } from "@/lib/credits/spend-report";
import { teammateLabel, useTeammates } from "@/lib/auth/use-team";
import { useSpendReport } from "@/lib/credits/use-credits";
import { BalanceCard } from "./_components/balance-card";
import { ChargesPanel } from "./_components/charges-panel";
import { PeriodPicker } from "./_components/period-picker";
import { SpendChart } from "./_components/spend-chart";
import { LongPeriodNote, SdrLinkNote, UnreadableDatesNote, UnreadableDrillNote } from "./_components/link-period-notes";
import { ProviderScorecard, SpendByBatch, SpendBySdr } from "./_components/spend-tables";
import { useDashboardParams, type Drill } from "./_components/use-dashboard-params";
import { useDrillDown } from "./_components/use-drill-down";

const fmt = (value: number) => value.toLocaleString("en");

/** `unknownSdr`: the link's SDR when it is nobody on the team (for a manager). */
export function CreditsClient({ isManager, viewerId, timeZone, unknownSdr }: { isManager: boolean; viewerId: string; timeZone: string; unknownSdr: string | null }) {
  const params = useDashboardParams(timeZone, unknownSdr);
  const someoneElse = !isManager && ((params.sdr !== null && params.sdr !== viewerId) || (params.drill?.kind === "user" && params.drill.value !== viewerId));
  const report = useSpendReport(params.report);
  const people = useTeammates(isManager);
  const data = report.data;
  const drillDown = useDrillDown(params.drill, params.setDrill);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">Credits</h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            {isManager ? "What the team spent, on whom and with which provider. Click any figure to see the reveals behind it." : "What your reveals cost. Click any figure to see the reveals behind it."}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          {isManager ? (
            <div className="flex min-w-0 max-w-full flex-col text-xs text-zinc-500">
              <label htmlFor="spend-sdr">SDR</label>
              {/* No wider than the screen: a select is as wide as its longest name otherwise. */}
              <select id="spend-sdr" value={params.sdr ?? ""} onChange={(event) => params.setSdr(event.target.value || null)} className="min-w-0 max-w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
                <option value="">Whole team</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {teammateLabel(person)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <PeriodPicker from={params.from} to={params.to} today={params.today} onChange={params.setPeriod} />
        </div>
      </div>
      <UnreadableDatesNote unreadable={params.unreadable} from={params.from} to={params.to} />
      <LongPeriodNote tooLong={params.tooLong} from={params.from} to={params.to} />
      <UnreadableDrillNote drill={params.unreadableDrill} />
      <SdrLinkNote leftOut={params.sdrLeftOut ? "unknown" : someoneElse ? "not yours" : null} />
      {report.error ? <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{report.error.message}</p> : null}
      {!data && report.isLoading ? <p className="py-10 text-center text-sm text-zinc-500">Loading credits…</p> : null}
      {data ? (
        <>
          <div className="grid items-start gap-4 md:grid-cols-3 xl:grid-cols-[1fr_1fr_1fr_1.5fr]">
            <Stat label="Credits spent" value={fmt(data.totals.credits)} testId="total-credits" note="at the price table's rates, checked against Clodura's balance" />
            <Stat label="Paid numbers" value={fmt(data.totals.charges)} testId="total-found" note="each one charged once; free ledger answers are not here" />
            <Stat label="Cost per paid number" value={data.totals.costPerFound === null ? "–" : data.totals.costPerFound.toLocaleString("en")} note="credits" />
            {isManager ? <BalanceCard timeZone={timeZone} /> : <Stat label="Period" value={`${data.range.from} → ${data.range.to}`} note={`days in ${zoneLabel(timeZone)}`} small />}
          </div>
          {data.totals.charges === 0 && data.providers.length === 0 ? (
            <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
              <p className="font-medium">No credits spent in this period</p>
              <p className="mt-1 text-sm text-zinc-500">
                Credits are charged only when a provider finds a number. Reveal a list from{" "}
                <Link href="/reveal" className="text-indigo-700 hover:underline dark:text-indigo-300">
                  Reveal
                </Link>{" "}
                or{" "}
                <Link href="/upload" className="text-indigo-700 hover:underline dark:text-indigo-300">
                  Upload CSV
                </Link>
                , or pick another period.
              </p>
            </div>
          ) : (
            <>
              <SpendChart days={data.byDay} timeZone={timeZone} onDrill={drillDown} />
              <div className={`grid gap-4 ${isManager ? "lg:grid-cols-2" : ""}`}>
                {isManager ? <SpendBySdr rows={data.byUser} onDrill={drillDown} /> : null}
                <SpendByBatch rows={data.byBatch} onDrill={drillDown} timeZone={timeZone} />
              </div>
              <ProviderScorecard rows={data.providers} onDrill={drillDown} />
              <ChargesPanel params={params.charges} drill={params.drill} known={nameInReport(params.drill, data)} timeZone={timeZone} onClose={() => params.setDrill(null)} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}

function nameInReport(drill: Drill | null, report: SpendReport): string | undefined {
  if (drill?.kind === "user") return report.byUser.find((row) => row.userId === drill.value)?.name;
  if (drill?.kind === "batch") return report.byBatch.find((row) => row.batchId === drill.value)?.name;
  return undefined;
}

function Stat({ label, value, note, testId, small }: { label: string; value: string; note: string; testId?: string; small?: boolean }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <p className="text-xs text-zinc-500">{label}</p>
      <p data-testid={testId} className={`font-mono font-semibold ${small ? "text-base" : "text-2xl"}`}>
        {value}
      </p>
      <p className="text-xs text-zinc-500">{note}</p>
    </div>
  );
}
