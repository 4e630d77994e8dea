import { z } from "zod";

/** How reveals are sent and answered, as an admin edits them; each field's bounds match its setting definition. */
export const revealSettingsSchema = z.object({
  freshnessDays: z.number().int("The freshness window is a whole number of days.").min(0, "The freshness window cannot be negative.").max(3650, "The freshness window is at most 3,650 days (10 years)."),
  rateLimitPerSecond: z.number().min(0.1, "Send at least 0.1 requests a second.").max(100, "Send at most 100 requests a second."),
  sendsPerMinute: z.number().int("The minute's send limit is a whole number of requests.").min(0, "The minute's send limit cannot be negative (0: no limit).").max(6_000, "The minute's send limit is at most 6,000 (100 a second)."),
  sendsPerDay: z.number().int("The day's send limit is a whole number of requests.").min(0, "The day's send limit cannot be negative (0: no limit).").max(8_640_000, "The day's send limit is at most 8,640,000 (100 a second)."),
  reconcileAfterSeconds: z.number().int("The webhook wait is a whole number of seconds.").min(0, "The webhook wait cannot be negative.").max(86_400, "The webhook wait is at most 86,400 seconds (a day)."),
  balanceCheckMinutes: z.number().int("The balance check interval is a whole number of minutes.").min(1, "Read the balance at most once a minute.").max(1_440, "Read the balance at least once a day (1,440 minutes)."),
}).superRefine(({ sendsPerMinute, sendsPerDay }, context) => {
  if (sendsPerMinute === 0 || sendsPerDay === 0 || sendsPerDay >= sendsPerMinute) return;
  // Named on the day's field: a day that stops short of one minute's worth makes the minute's limit mean nothing.
  const [minute, day] = [sendsPerMinute, sendsPerDay].map((value) => value.toLocaleString("en"));
  context.addIssue({
    code: "custom",
    path: ["sendsPerDay"],
    message: `The day's send limit (${day}) is below the minute's (${minute}): a day would stop before one minute's worth. Make the day's at least ${minute}, lower the minute's, or set either to 0 (no limit).`,
  });
});
export type RevealSettings = z.infer<typeof revealSettingsSchema>;
