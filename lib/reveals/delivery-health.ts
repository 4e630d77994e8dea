import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Fewer answers in a row than this by track alone can be Clodura being slow, not webhooks failing to reach us. */
const MISSING_AFTER_TRACK_ANSWERS = 3;
const TRACK_IN_A_ROW_CAP = 1_000;

export type DeliveryHealth = {
  /** The last 24 hours' final answers, by how they reached the app. */
  lastDay: { byWebhook: number; byTrack: number; inFirstAnswer: number; webhooksArrived: number; webhooksRefused: number };
  lastWebhookAt: Date | null;
  /**
   * The latest answers came by asking Clodura, with no webhook since (late ones count: they reached us): its webhooks
   * stopped reaching the public URL, whether this morning or from the start.
   */
  webhooksMissing: boolean;
  /** How many of the latest answers in a row came by track, when webhooksMissing; counted up to 1,000 (`orMore`). */
  trackAnswersInARow: { count: number; orMore: boolean };
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
  const lastWebhookAt = last?.at ?? null;
  // Counted along the (source, received_at, outcome) index from the last webhook on, and capped: months without one stay cheap.
  const trackInARow = db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM (SELECT 1 FROM webhook_events
      WHERE source = 'track' AND outcome = 'applied' AND received_at > ${lastWebhookAt ?? -1} LIMIT ${TRACK_IN_A_ROW_CAP})`);
  const inARow = Number(trackInARow?.n ?? 0);
  const lastDay = {
    byWebhook: of("webhook").applied,
    byTrack: of("track").applied,
    inFirstAnswer: of("match").applied,
    webhooksArrived: of("webhook").arrived,
    webhooksRefused: of("webhook").refused,
  };
  const webhooksMissing = inARow >= MISSING_AFTER_TRACK_ANSWERS;
  return { lastDay, lastWebhookAt: lastWebhookAt === null ? null : new Date(lastWebhookAt), webhooksMissing, trackAnswersInARow: { count: webhooksMissing ? inARow : 0, orMore: inARow >= TRACK_IN_A_ROW_CAP } };
}
