import { type IntegrityCheck, integrityChecks } from "./checks";

/** One violated invariant. */
export type Violation = { check: string; detail: string };

/** Runs every check against a D1 database in one batch; no rows means the database is sound. */
export async function checkIntegrity(db: D1Database, now = new Date()): Promise<Violation[]> {
  const checks: IntegrityCheck[] = integrityChecks(now.toISOString());
  const results = await db.batch<Violation>(checks.map((c) => db.prepare(c.sql)));
  return results.flatMap((r) => r.results);
}
