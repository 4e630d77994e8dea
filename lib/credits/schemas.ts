import { z } from "zod";
import { addDays, daysBetween, isDay, MAX_PERIOD_DAYS } from "./periods";

/** The largest cap a budget takes, in credits. */
export const MAX_BUDGET = 100_000_000;

const day = z.string().refine(isDay, "use a date like 2026-11-26");

/** The longest user id, provider or batch id a spend query narrows to: a longer one names nothing. */
export const MAX_SPEND_SUBJECT = 64;

/** ?from=&to= (the team's days, inclusive), defaulting to the 30 days up to `today`; optional drill-down filters. */
export function spendQuerySchema(today: string) {
  return z
    .object({
      from: day.optional(),
      to: day.optional(),
      userId: z.string().max(MAX_SPEND_SUBJECT).optional(),
      provider: z.string().max(MAX_SPEND_SUBJECT).optional(),
      batchId: z.string().max(MAX_SPEND_SUBJECT).optional(),
      cursor: z
        .string()
        .regex(/^\d{1,15}:[\w-]{1,64}$/, "cursor is not one this app gave out")
        .optional(),
    })
    .transform((query, context) => {
      const to = query.to ?? today;
      const from = query.from ?? addDays(to, -29);
      const days = daysBetween(from, to) + 1;
      if (days < 1) context.addIssue({ code: "custom", message: "The period ends before it starts: pick a 'from' date on or before 'to'." });
      if (days > MAX_PERIOD_DAYS) context.addIssue({ code: "custom", message: `Pick a period of at most ${MAX_PERIOD_DAYS} days.` });
      const [at, id] = query.cursor?.split(":") ?? [];
      return {
        range: { from, to },
        userId: query.userId ?? null,
        provider: query.provider ?? null,
        batchId: query.batchId ?? null,
        cursor: at && id ? { at: Number(at), id } : null,
      };
    });
}

export function readSpendQuery(url: string, today: string) {
  return spendQuerySchema(today).parse(Object.fromEntries(new URL(url).searchParams));
}

export const setBudgetSchema = z.object({
  subject: z.string().min(1).max(64),
  period: z.enum(["day", "month"]),
  credits: z.number().int("Budgets are whole credits.").min(0, "A budget cannot be negative.").max(MAX_BUDGET, `A budget is at most ${MAX_BUDGET.toLocaleString("en")} credits.`).nullable(),
});

export const MAX_DECISION_NOTE = 300;

export const decisionSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  /** For a rejection: why, in words the SDR reads on the list's page. */
  note: z
    .string()
    .trim()
    .max(MAX_DECISION_NOTE, `A note is at most ${MAX_DECISION_NOTE} characters.`)
    .transform((note) => note || null)
    .optional(),
});
