import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { loginAttemptsTable } from "../schema/users";

// Login throttling, in fixed windows keyed by strings, so the answer depends only on the email
// string and the IP, never on whether the account exists.
//
// - Per (email, IP): 5 attempts a 15-minute window. Attempts are counted BEFORE the password is
//   verified, by one conditional upsert that refuses past the limit, so concurrent guesses can
//   not all slip in between a read and a write.
// - Per IP: 20 attempts a window, across emails (password spraying).
// - Per email, from every IP: past 10 failures a window, the email is slowed, not locked: one
//   attempt per 30-second slot. Someone guessing from many addresses cannot lock the owner out
//   (the owner's own attempts still get through), only slow everyone down.

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_ATTEMPTS_PER_EMAIL_AND_IP = 5;
export const MAX_ATTEMPTS_PER_IP = 20;
export const EMAIL_SLOW_AFTER_FAILURES = 10;
export const EMAIL_SLOW_SLOT_MS = 30 * 1000;

/** The keys a login is counted under. */
export function attemptKeys(email: string, ip: string) {
  const e = email.toLowerCase();
  return { pair: `pair:${e}|${ip}`, ip: `ip:${ip}`, email: `email:${e}`, slow: `slow:${e}` };
}
export type AttemptKeys = ReturnType<typeof attemptKeys>;

function windowStart(now: Date, size: number): Date {
  return new Date(Math.floor(now.getTime() / size) * size);
}

function secondsLeft(now: Date, size: number): number {
  const end = windowStart(now, size).getTime() + size;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** +1 on `key` in the window unless it already reached `limit`; returns a row only if counted. */
function countUnder(db: Database, key: string, start: string, limit: number) {
  return db
    .insert(loginAttemptsTable)
    .values({ key, windowStart: start, failures: 1 })
    .onConflictDoUpdate({
      target: [loginAttemptsTable.key, loginAttemptsTable.windowStart],
      set: { failures: sql`${loginAttemptsTable.failures} + 1` },
      setWhere: sql`${loginAttemptsTable.failures} < ${limit}`,
    })
    .returning({ n: loginAttemptsTable.failures });
}

/**
 * Reserves one login attempt under every limit, atomically per key. Returns null when the
 * attempt may go on to verify the password, or the seconds to wait (for Retry-After).
 */
export async function reserveAttempt(
  db: Database,
  keys: AttemptKeys,
  now: Date,
): Promise<number | null> {
  const start = windowStart(now, LOGIN_WINDOW_MS).toISOString();
  const [pair, ip, email] = await db.batch([
    countUnder(db, keys.pair, start, MAX_ATTEMPTS_PER_EMAIL_AND_IP),
    countUnder(db, keys.ip, start, MAX_ATTEMPTS_PER_IP),
    db
      .select({ n: loginAttemptsTable.failures })
      .from(loginAttemptsTable)
      .where(
        and(eq(loginAttemptsTable.key, keys.email), eq(loginAttemptsTable.windowStart, start)),
      ),
  ]);
  if (pair.length === 0 || ip.length === 0) return secondsLeft(now, LOGIN_WINDOW_MS);
  if ((email[0]?.n ?? 0) < EMAIL_SLOW_AFTER_FAILURES) return null;
  const slot = windowStart(now, EMAIL_SLOW_SLOT_MS).toISOString();
  const [slowed] = await db.batch([countUnder(db, keys.slow, slot, 1)]);
  return slowed.length === 0 ? secondsLeft(now, EMAIL_SLOW_SLOT_MS) : null;
}

/** Counts a failed password against the email (the attempt itself was counted already). */
export async function recordFailure(db: Database, keys: AttemptKeys, now: Date) {
  const start = windowStart(now, LOGIN_WINDOW_MS).toISOString();
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  await db.batch([
    db
      .insert(loginAttemptsTable)
      .values({ key: keys.email, windowStart: start, failures: 1 })
      .onConflictDoUpdate({
        target: [loginAttemptsTable.key, loginAttemptsTable.windowStart],
        set: { failures: sql`${loginAttemptsTable.failures} + 1` },
      }),
    db.delete(loginAttemptsTable).where(sql`${loginAttemptsTable.windowStart} < ${dayAgo}`),
  ]);
}

/**
 * Statements forgetting a successful login's attempts: the pair's, the email's and its slot go,
 * and the IP gets its attempt back (an office behind one address logs in many times a day).
 */
export function clearAfterSuccess(db: Database, keys: AttemptKeys, now: Date) {
  const start = windowStart(now, LOGIN_WINDOW_MS).toISOString();
  return [
    db
      .delete(loginAttemptsTable)
      .where(sql`${loginAttemptsTable.key} in (${keys.pair}, ${keys.email}, ${keys.slow})`),
    db
      .update(loginAttemptsTable)
      .set({ failures: sql`max(${loginAttemptsTable.failures} - 1, 0)` })
      .where(and(eq(loginAttemptsTable.key, keys.ip), eq(loginAttemptsTable.windowStart, start))),
  ] as const;
}
