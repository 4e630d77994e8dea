import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { announceFreed } from "@/lib/reveals/free-attached";
import { answerQueuedFromWiderWindow } from "@/lib/reveals/widened-window";
import { settingDefinitions } from "./definitions";
import { revealSettingsSchema, type RevealSettings } from "./reveal-settings-schema";
import { getSetting, setSetting } from "./settings";

type Key = keyof RevealSettings;

const KEYS = Object.keys(revealSettingsSchema.shape) as Key[];
const LABELS: Record<Key, { name: string; unit: string }> = {
  freshnessDays: { name: "freshness window", unit: " days" },
  rateLimitPerSecond: { name: "send rate", unit: "/s" },
  reconcileAfterSeconds: { name: "webhook wait", unit: " s" },
  balanceCheckMinutes: { name: "balance check every", unit: " min" },
};

const readSettings = (db: Db) => Object.fromEntries(KEYS.map((key) => [key, getSetting(db, key)])) as RevealSettings;

export function getRevealSettings(db: Db): RevealSettings & { defaults: RevealSettings } {
  const defaults = Object.fromEntries(KEYS.map((key) => [key, settingDefinitions[key].defaultValue])) as RevealSettings;
  return { ...readSettings(db), defaults };
}

/**
 * Saves what changed and audits it as "freshness window 90 → 30 days"; the dispatcher and ledger read them live. A
 * wider window also answers people still queued whom it now covers (answerQueuedFromWiderWindow), and says how many.
 */
export function updateRevealSettings(db: Db, actorId: string, next: RevealSettings, now = new Date()): void {
  const widened = db.transaction(
    () => {
      const current = readSettings(db);
      const changed = KEYS.filter((key) => current[key] !== next[key]);
      if (changed.length === 0) return null;
      const before = Object.fromEntries(changed.map((key) => [key, current[key]]));
      const after = Object.fromEntries(changed.map((key) => [key, next[key]]));
      for (const key of changed) setSetting(db, key, next[key]);
      const window = { beforeDays: current.freshnessDays, afterDays: next.freshnessDays };
      const freed = answerQueuedFromWiderWindow(db, window, now.getTime());
      const answered = freed.answered > 0 ? `; ${freed.answered.toLocaleString("en")} queued ${freed.answered === 1 ? "reveal" : "reveals"} answered free from the team's earlier answers` : "";
      const summary = changed.map((key) => `${LABELS[key].name} ${before[key]} → ${next[key]}${LABELS[key].unit}`).join(", ");
      recordAudit(db, { actorId, action: "settings.changed", subject: "reveals", summary: `Reveal settings: ${summary}${answered}`, detail: { before, after, ...(freed.answered ? { answeredFromLedger: freed.answered } : {}) }, at: now });
      return freed;
    },
    { behavior: "immediate" },
  );
  if (widened) announceFreed(widened.batchIds);
}
