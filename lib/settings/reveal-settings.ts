import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { answerCoveredInTurns } from "@/lib/reveals/widened-window";
import { settingDefinitions, type Widening } from "./definitions";
import { revealSettingsSchema, type RevealSettings } from "./reveal-settings-schema";
import { getSetting, setSetting } from "./settings";

type Key = keyof RevealSettings;

const KEYS = Object.keys(revealSettingsSchema.shape) as Key[];
// `zero`: what a 0 means, where it is not a number of anything.
const LABELS: Record<Key, { name: string; unit: string; zero?: string }> = {
  freshnessDays: { name: "freshness window", unit: " days" },
  rateLimitPerSecond: { name: "send rate", unit: "/s" },
  sendsPerMinute: { name: "send limit a minute", unit: "", zero: "no limit" },
  sendsPerDay: { name: "send limit a day", unit: "", zero: "no limit" },
  reconcileAfterSeconds: { name: "webhook wait", unit: " s" },
  balanceCheckMinutes: { name: "balance check every", unit: " min" },
};

const shown = (key: Key, value: number) => (value === 0 && LABELS[key].zero) || value.toLocaleString("en");

const readSettings = (db: Db) => Object.fromEntries(KEYS.map((key) => [key, getSetting(db, key)])) as RevealSettings;

export function getRevealSettings(db: Db): RevealSettings & { defaults: RevealSettings } {
  const defaults = Object.fromEntries(KEYS.map((key) => [key, settingDefinitions[key].defaultValue])) as RevealSettings;
  return { ...readSettings(db), defaults };
}

/**
 * Saves what changed and audits it as "freshness window 90 → 30 days"; the dispatcher and ledger read them live. A
 * wider window also answers people still queued whom it now covers, between other requests, and the history says how
 * many in an entry of its own once they are answered.
 */
export async function updateRevealSettings(db: Db, actorId: string, next: RevealSettings, now = new Date()): Promise<void> {
  const widening = db.transaction(
    () => {
      const current = readSettings(db);
      const changed = KEYS.filter((key) => current[key] !== next[key]);
      if (changed.length === 0) return null;
      const before = Object.fromEntries(changed.map((key) => [key, current[key]]));
      const after = Object.fromEntries(changed.map((key) => [key, next[key]]));
      for (const key of changed) setSetting(db, key, next[key]);
      const summary = changed.map((key) => `${LABELS[key].name} ${shown(key, current[key])} → ${shown(key, next[key])}${LABELS[key].unit}`).join(", ");
      recordAudit(db, { actorId, action: "settings.changed", subject: "reveals", summary: `Reveal settings: ${summary}`, detail: { before, after }, at: now });
      if (next.freshnessDays <= current.freshnessDays) return null;
      // Saved with the window: a restart before the turns are done finishes them (finishInterruptedWidening).
      const widening = { actorId, freshnessDays: next.freshnessDays, at: now.getTime() };
      setSetting(db, "wideningUnfinished", widening);
      return widening;
    },
    { behavior: "immediate" },
  );
  if (widening) await finishWidening(db, widening, now.getTime(), "");
}

/**
 * At start-up, before the dispatcher sends anything: a widening whose turns a restart cut short left people queued whom
 * the saved window covers. They are answered free now, and the history says so in the name of whoever widened it.
 */
export async function finishInterruptedWidening(db: Db): Promise<void> {
  const widening = getSetting(db, "wideningUnfinished");
  if (widening) await finishWidening(db, widening, Date.now(), " (finished after a restart)");
}

async function finishWidening(db: Db, widening: Widening, now: number, note: string): Promise<void> {
  const answered = await answerCoveredInTurns(db, now);
  db.transaction(() => {
    if (answered > 0) {
      recordAudit(db, {
        actorId: widening.actorId,
        action: "settings.changed",
        subject: "reveals",
        summary: `Freshness window widened to ${widening.freshnessDays} days: ${answered.toLocaleString("en")} queued ${answered === 1 ? "reveal" : "reveals"} answered free from the team's earlier answers${note}`,
        detail: { answeredFromLedger: answered, freshnessDays: widening.freshnessDays },
        at: new Date(),
      });
    }
    // A later widening saved meanwhile is its own to finish.
    if (getSetting(db, "wideningUnfinished")?.at === widening.at) setSetting(db, "wideningUnfinished", null);
  });
}
