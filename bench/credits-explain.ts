import type { Db } from "../db/client";

type Statement = { sql: string; params: unknown[]; calls: number; ms: number };
type Runner = { all?: (...params: unknown[]) => unknown; get?: (...params: unknown[]) => unknown };

/**
 * Why a query is slow: runs it once with every statement it prepares timed, then lists the costliest statements with
 * their call count and SQLite's EXPLAIN QUERY PLAN (for the first parameters each was called with).
 */
export function explainQuery(db: Db, run: () => unknown, top = 3): string {
  const sqlite = db.$client;
  const statements = new Map<string, Statement>();
  const prepare = sqlite.prepare;
  sqlite.prepare = ((source: string) => {
    const statement = prepare.call(sqlite, source) as unknown as Runner;
    for (const method of ["all", "get"] as const) {
      const original = statement[method]?.bind(statement);
      if (!original) continue;
      statement[method] = (...params: unknown[]) => {
        const started = performance.now();
        const result = original(...params);
        const entry = statements.get(source) ?? statements.set(source, { sql: source, params, calls: 0, ms: 0 }).get(source)!;
        entry.calls += 1;
        entry.ms += performance.now() - started;
        return result;
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  return [...statements.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map((entry) => {
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${entry.sql}`).all(...entry.params) as { detail: string }[];
      return `  ${entry.ms.toFixed(1)} ms in ${entry.calls} call(s): ${entry.sql}\n${plan.map((step) => `      ${step.detail}`).join("\n")}`;
    })
    .join("\n");
}
