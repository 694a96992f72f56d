import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { loginAttemptsTable } from "../schema/users";

/** Throttling: fixed 15-minute windows; limits per email and per client IP. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

/** The keys a login is counted under. */
export function attemptKeys(email: string, ip: string) {
  return { email: `email:${email.toLowerCase()}`, ip: `ip:${ip}` };
}

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / LOGIN_WINDOW_MS) * LOGIN_WINDOW_MS);
}

/**
 * Seconds until the current window ends if either key is over its limit, else null. The check
 * depends only on the email string and IP, never on whether the account exists.
 */
export async function throttledFor(
  db: Database,
  keys: { email: string; ip: string },
  now: Date,
): Promise<number | null> {
  const start = windowStart(now);
  const rows = await db
    .select()
    .from(loginAttemptsTable)
    .where(
      and(
        inArray(loginAttemptsTable.key, [keys.email, keys.ip]),
        eq(loginAttemptsTable.windowStart, start.toISOString()),
      ),
    );
  const failures = (key: string) => rows.find((r) => r.key === key)?.failures ?? 0;
  if (failures(keys.email) >= MAX_FAILURES_PER_EMAIL || failures(keys.ip) >= MAX_FAILURES_PER_IP) {
    return Math.max(1, Math.ceil((start.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
  }
  return null;
}

/** Counts one failed login against both keys, and drops windows older than a day. */
export async function recordFailure(db: Database, keys: { email: string; ip: string }, now: Date) {
  const start = windowStart(now).toISOString();
  const upsert = (key: string) =>
    db
      .insert(loginAttemptsTable)
      .values({ key, windowStart: start, failures: 1 })
      .onConflictDoUpdate({
        target: [loginAttemptsTable.key, loginAttemptsTable.windowStart],
        set: { failures: sql`${loginAttemptsTable.failures} + 1` },
      });
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  await db.batch([
    upsert(keys.email),
    upsert(keys.ip),
    db.delete(loginAttemptsTable).where(lt(loginAttemptsTable.windowStart, dayAgo)),
  ]);
}

/** A statement forgetting an email's failures (after a successful login). */
export function clearEmailFailures(db: Database, emailKey: string) {
  return db.delete(loginAttemptsTable).where(eq(loginAttemptsTable.key, emailKey));
}
