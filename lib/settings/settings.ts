import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { settings } from "@/db/schema";
import { settingDefinitions, type SettingKey, type SettingValue } from "./definitions";

export function getSetting<K extends SettingKey>(db: Db, key: K): SettingValue<K> {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  const definition = settingDefinitions[key];
  if (!row) return definition.defaultValue as SettingValue<K>;
  const parsed = definition.schema.safeParse(row.value);
  return (parsed.success ? parsed.data : definition.defaultValue) as SettingValue<K>;
}

export function setSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>): void {
  const checked = settingDefinitions[key].schema.parse(value);
  // A JSON column turns null into SQL NULL; no row means "cleared" (every nullable setting defaults to null).
  if (checked === null) {
    db.delete(settings).where(eq(settings.key, key)).run();
    return;
  }
  db.insert(settings)
    .values({ key, value: checked, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value: checked, updatedAt: new Date() } })
    .run();
}
