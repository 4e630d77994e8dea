import { z } from "zod";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/credits/periods";

export const plans = ["prospect", "prospect_pro", "free_forever", "max", "payg"] as const;
export type Plan = (typeof plans)[number];

export function isPlan(value: string): value is Plan {
  return (plans as readonly string[]).includes(value);
}

/** Prospect plans get the Standard webhook form; the others the Multi-Provider form (CLODURA-API.md). */
export function payloadFormOf(plan: Plan): "standard" | "multi" {
  return plan === "prospect" || plan === "prospect_pro" ? "standard" : "multi";
}

/** The most credits one found number may be priced at: past it, a typo rather than a price. */
export const MAX_PROVIDER_PRICE = 1_000;

export const queuePauseSchema = z.object({
  status: z.union([z.literal(401), z.literal(402), z.literal(403)]),
  message: z.string(),
  at: z.number(),
});
export type QueuePause = z.infer<typeof queuePauseSchema>;

export const wideningSchema = z.object({ actorId: z.string(), freshnessDays: z.number().int(), at: z.number() });
export type Widening = z.infer<typeof wideningSchema>;

export const settingDefinitions = {
  plan: { schema: z.enum(plans), defaultValue: "max" as Plan },
  rateLimitPerSecond: { schema: z.number().positive().max(100), defaultValue: 5 },
  /** At most this many requests to Clodura in any minute, and in any 24 hours (0: no limit). */
  sendsPerMinute: { schema: z.number().int().min(0).max(6_000), defaultValue: 0 },
  sendsPerDay: { schema: z.number().int().min(0).max(8_640_000), defaultValue: 0 },
  reconcileAfterSeconds: { schema: z.number().min(0).max(86_400), defaultValue: 60 },
  queuePause: { schema: queuePauseSchema.nullable(), defaultValue: null as QueuePause | null },
  /** When an admin last resumed sending (ms since the epoch): answers to requests sent before it do not pause again. */
  queueResumedAt: { schema: z.number().nullable(), defaultValue: null as number | null },
  /** After a 429: no request goes to Clodura before this moment (ms since the epoch). */
  rateLimitedUntil: { schema: z.number().nullable(), defaultValue: null as number | null },
  sandboxBalance: { schema: z.number().int().min(0), defaultValue: 5_000 },
  /**
   * The simulated account refuses with 402 until an admin resumes (`sandbox-402`). Its balance is left as it was: a
   * balance emptied by no charge would show on the Credits page as credits spent outside the app (drift).
   */
  sandboxAccountEmpty: { schema: z.boolean(), defaultValue: false },
  balanceCheckMinutes: { schema: z.number().min(1).max(1_440), defaultValue: 10 },
  freshnessDays: { schema: z.number().int().min(0).max(3650), defaultValue: 90 },
  /** A widened window whose covered queued reveals are still being answered (who widened it, to what, when): a restart finishes it. */
  wideningUnfinished: { schema: wideningSchema.nullable(), defaultValue: null as Widening | null },
  /** The team's calendar: when a daily budget resets and which day a charge counts on (IANA name). */
  timeZone: { schema: z.string().refine(isTimeZone), defaultValue: DEFAULT_TIME_ZONE as string },
  /**
   * Demo accounts a start with a real key disabled: a later sandbox start enables these again, not ones an admin
   * disabled. Null in a database from before it was kept: there, every disabled demo account is enabled once, as before.
   */
  demoAccountsDisabledAtStart: { schema: z.array(z.string()).nullable(), defaultValue: null as string[] | null },
  /** Credits per found number by provider (Free Forever / Max / PAYG). Clodura does not publish them: editable estimates. */
  providerPrices: {
    schema: z.record(z.string(), z.number().int().min(0).max(MAX_PROVIDER_PRICE)),
    defaultValue: { Clodura: 10, SignalHire: 12, Enrichlayer: 14, Wiza: 15, LeadMagic: 16, RocketReach: 18, Findymail: 20 } as Record<string, number>,
  },
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingDefinitions)[K]["schema"]>;
