import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { PhoneNumber } from "@/lib/clodura/types";
import { createdAt, id } from "./_columns";
import { reveals } from "./reveals";

export const providerResults = sqliteTable(
  "provider_results",
  {
    id: id(),
    revealId: text()
      .notNull()
      .references(() => reveals.id),
    provider: text().notNull(),
    /** Verbatim from Clodura: found | notFound | Insufficient Credits | anything new. */
    status: text().notNull(),
    position: integer().notNull(),
    numbers: text({ mode: "json" }).$type<PhoneNumber[]>().notNull(),
    charged: integer({ mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("provider_results_reveal_provider_idx").on(table.revealId, table.provider),
    index("provider_results_provider_idx").on(table.provider),
  ],
);

export type ProviderResult = typeof providerResults.$inferSelect;
