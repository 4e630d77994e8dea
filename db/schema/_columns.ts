import { integer, text } from "drizzle-orm/sqlite-core";
import { newId } from "../ids";

export const id = () =>
  text()
    .primaryKey()
    .$defaultFn(newId);

/** Milliseconds since the epoch: sortable, and exact enough for rate limits and leases. */
export const timestamp = () => integer({ mode: "timestamp_ms" });

export const createdAt = () =>
  timestamp()
    .notNull()
    .$defaultFn(() => new Date());
