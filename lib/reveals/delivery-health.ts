import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Fewer answers than this by track alone can be Clodura being slow, not webhooks failing to reach us. */
const MISSING_AFTER_TRACK_ANSWERS = 3;

export type DeliveryHealth = {
  /** The last 24 hours' final answers, by how they reached the app. */
  lastDay: { byWebhook: number; byTrack: number; inFirstAnswer: number; webhooksArrived: number; webhooksRefused: number };
  lastWebhookAt: Date | null;
  /** Answers came only by asking Clodura: its webhooks are not reaching the public URL. */
  webhooksMissing: boolean;
};

type SourceRow = { source: "webhook" | "track" | "match"; arrived: number; applied: number; refused: number };

/** How Clodura's answers reached the app lately, from the delivery inbox: what tells an admin the public URL works. */
export function getDeliveryHealth(db: Db, now = new Date()): DeliveryHealth {
  const since = now.getTime() - DAY_MS;
  const rows = db.all<SourceRow>(sql`
    SELECT source, count(*) AS arrived,
      count(*) FILTER (WHERE outcome = 'applied') AS applied,
      count(*) FILTER (WHERE outcome = 'rejected') AS refused
    FROM webhook_events WHERE source IN ('webhook', 'track', 'match') AND received_at >= ${since}
    GROUP BY source`);
  const of = (source: SourceRow["source"]) => rows.find((row) => row.source === source) ?? { arrived: 0, applied: 0, refused: 0 };
  const last = db.get<{ at: number | null }>(sql`SELECT max(received_at) AS at FROM webhook_events WHERE source = 'webhook'`);
  const lastDay = {
    byWebhook: of("webhook").applied,
    byTrack: of("track").applied,
    inFirstAnswer: of("match").applied,
    webhooksArrived: of("webhook").arrived,
    webhooksRefused: of("webhook").refused,
  };
  return {
    lastDay,
    lastWebhookAt: last?.at == null ? null : new Date(last.at),
    webhooksMissing: lastDay.webhooksArrived === 0 && lastDay.byTrack >= MISSING_AFTER_TRACK_ANSWERS,
  };
}
