import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Why a database that the sandbox simulator answered in must not be used with a real Clodura key: its made-up numbers
 * would be handed to reps as the team ledger's free, real answers (and its spend counted as the team's). Null when it
 * holds none. The simulator remembers every profile it answered for (`sandbox_people`).
 */
export function sandboxAnswersProblem(db: Db, databasePath: string): string | null {
  const people = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM sandbox_people`)?.n ?? 0;
  if (people === 0) return null;
  return `DATABASE_URL: ${databasePath} holds answers made up by the sandbox simulator (${people.toLocaleString("en")} ${people === 1 ? "person" : "people"}). With CLODURA_API_KEY set, the team ledger would hand them to reps as real numbers, free. Start with a new DATABASE_URL (e.g. ./data/live.db), or move this file aside to keep it.`;
}
