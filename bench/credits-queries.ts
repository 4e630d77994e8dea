import type { Db } from "../db/client";
import { balanceHeadroom } from "../lib/credits/balance-headroom";
import { getBalanceView } from "../lib/credits/balance-runway";
import { budgetStatus } from "../lib/credits/budgets";
import { estimateCost } from "../lib/credits/estimate";
import { listBudgets } from "../lib/credits/list-budgets";
import { listCharges, type ChargeCursor, type ChargeFilter } from "../lib/credits/list-charges";
import { dayIn, type DayRange } from "../lib/credits/periods";
import { getSpendReport } from "../lib/credits/spend-report";
import { listBatches } from "../lib/reveals/list-batches";
import { listPeople, parsePersonCursor } from "../lib/reveals/list-people";
import { DAY_MS, PROVIDERS, type PlannedBatch, type PlannedUser } from "./credits-plan";

const utcDay = (at: number) => dayIn(at, "UTC");

/** One dashboard read: what it is, whose view, and a call that returns a one-line summary of what it answered. */
export type DashboardQuery = { query: string; scope: string; run: () => string };

const count = (value: number, one: string, many = `${one}s`) => `${value.toLocaleString("en")} ${value === 1 ? one : many}`;

/** Every query the credits pages make, for the periods a manager and an SDR look at. */
export function dashboardQueries(db: Db, team: { users: PlannedUser[]; batches: PlannedBatch[] }, now: number): DashboardQuery[] {
  const month: DayRange = { from: utcDay(now - 29 * DAY_MS), to: utcDay(now) };
  const year: DayRange = { from: utcDay(now - 364 * DAY_MS), to: utcDay(now) };
  const sdr = busiestSdr(team.users, team.batches);
  const batch = team.batches.reduce((largest, candidate) => (candidate.size > largest.size ? candidate : largest));
  const views = [
    { scope: "team, last 30 days", range: month, userId: null },
    { scope: "team, last 365 days", range: year, userId: null },
    { scope: `one SDR (${sdr.name}), last 365 days`, range: year, userId: sdr.id },
  ];
  const provider = PROVIDERS.at(-1)!.name; // the dearest, and the one asked least often
  const page = (filter: ChargeFilter) => () => {
    const { lines, next } = listCharges(db, filter, null);
    return `${count(lines.length, "charge")}${next ? ", more to page" : ""}`;
  };
  const pageFifty = { range: year, userId: null };
  let cursor: ChargeCursor | null = null;
  for (let skipped = 1; skipped < 50; skipped += 1) cursor = listCharges(db, pageFifty, cursor).next;
  return [
    ...views.map((view) => ({
      query: "Spend report (`getSpendReport`: totals, by day, by user, top 50 batches, providers)",
      scope: view.scope,
      run: () => {
        const report = getSpendReport(db, view);
        return [count(report.totals.charges, "charge"), count(report.byDay.length, "day"), count(report.byUser.length, "user"), count(report.byBatch.length, "batch", "batches")].join(", ");
      },
    })),
    ...views.map((view) => ({ query: "Drill-down, first page newest first (`listCharges`)", scope: view.scope, run: page({ range: view.range, userId: view.userId }) })),
    { query: "Drill-down, page 50 (keyset cursor)", scope: "team, last 365 days", run: () => `${count(listCharges(db, pageFifty, cursor).lines.length, "charge")}` },
    { query: "Drill-down by provider, first page", scope: `${provider}, team, last 365 days`, run: page({ range: year, userId: null, provider }) },
    { query: "Drill-down by provider, first page", scope: `${provider}, one SDR, last 365 days`, run: page({ range: year, userId: sdr.id, provider }) },
    { query: "Drill-down by batch, first page", scope: `largest batch (${count(batch.size, "reveal")}), last 365 days`, run: page({ range: year, userId: null, batchId: batch.id }) },
    {
      query: "Budget status before a submission (`budgetStatus`)",
      scope: "one SDR: today, this month, team month",
      run: () => count(budgetStatus(db, sdr.id, new Date(now)).length, "budget line"),
    },
    {
      query: "Cost estimate before a submission (`estimateCost`)",
      scope: "1,000 new people, partners asked",
      run: () => `expected ${count(estimateCost(db, { newReveals: 1_000, viaPartners: true }).expected, "credit")}`,
    },
    { query: "Budgets page (`listBudgets`)", scope: "team and every user", run: () => count(listBudgets(db, new Date(now)).length, "row") },
    ...[team.users.find((user) => user.role === "manager")!, sdr].map((viewer) => ({
      query: "Batches page, newest 100 with progress (`listBatches`)",
      scope: viewer.role === "manager" ? "a manager: the whole team" : `one SDR (${viewer.name})`,
      run: () => count(listBatches(db, viewer).length, "batch", "batches"),
    })),
    ...peopleQueries(db, sdr, now),
    {
      query: "Balance card: Clodura beside the ledger, and how long it lasts (`getBalanceView`)",
      scope: "readings every 10 min, last 30 days; pace of the last 7",
      run: () => {
        const view = getBalanceView(db, new Date(now));
        return `drift ${count(view.drift, "credit")}, ${count(view.topUps, "top-up")}, lasts ${view.runway ? count(view.runway.days, "day") : "–"}`;
      },
    },
    {
      query: "What the balance can still take, before a submission (`balanceHeadroom`)",
      scope: "last reading, charges since, reveals in flight",
      run: () => {
        const headroom = balanceHeadroom(db, now);
        return headroom ? `${count(headroom.left, "credit")} left, ${count(headroom.reserved, "credit")} reserved` : "no reading";
      },
    },
  ];
}

/** The People page: the team's directory of answers, newest first, searched the ways a rep searches it. */
function peopleQueries(db: Db, viewer: PlannedUser, now: number): DashboardQuery[] {
  const people = (query: Parameters<typeof listPeople>[2]) => () => {
    const page = listPeople(db, viewer, query, now);
    return `${count(page.people.length, "person", "people")}${page.next ? ", more to page" : ""}`;
  };
  let before: string | null = null;
  for (let skipped = 1; skipped < 20; skipped += 1) before = listPeople(db, viewer, { before: before ? parsePersonCursor(before)! : undefined }, now).next;
  const query = "People page (`listPeople`)";
  return [
    { query, scope: "newest 50", run: people({}) },
    { query, scope: "page 20 (keyset cursor)", run: people({ before: before ? parsePersonCursor(before)! : undefined }) },
    { query, scope: "only found, newest 50", run: people({ outcome: "found" }) },
    { query, scope: "search a full name (1 in 100 match)", run: people({ search: "Jonas Jensen" }) },
    { query, scope: "search a company (1 in 977 match)", run: people({ search: "Acme 976 Ltd" }) },
    { query, scope: "search a word every person matches", run: people({ search: "Acme" }) },
    { query, scope: "search a phone number", run: people({ search: "(415) 555-0042" }) },
    { query, scope: "search a LinkedIn URL", run: people({ search: "linkedin.com/in/person-0004242" }) },
    { query, scope: "search that matches no one", run: people({ search: "Zebediah" }) },
    { query, scope: "2-letter search that matches no one (newest 20,000 read)", run: people({ search: "Zq" }) },
    { query, scope: `revealed by one SDR (${viewer.name}), newest 50`, run: people({ revealedBy: viewer.id }) },
    { query, scope: `revealed by one SDR (${viewer.name}), a word all match`, run: people({ revealedBy: viewer.id, search: "Acme" }) },
  ];
}

function busiestSdr(users: PlannedUser[], batches: PlannedBatch[]): PlannedUser {
  const sizes = new Map<string, number>();
  for (const batch of batches) sizes.set(batch.userId, (sizes.get(batch.userId) ?? 0) + batch.size);
  return users.filter((user) => user.role === "sdr").reduce((busiest, user) => ((sizes.get(user.id) ?? 0) > (sizes.get(busiest.id) ?? 0) ? user : busiest));
}
