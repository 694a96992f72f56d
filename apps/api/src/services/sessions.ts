import { DomainError, type User } from "@factline/domain";
import type { Database } from "../db/client";
import {
  type AttemptKeys,
  attemptKeys,
  clearAfterSuccess,
  recordFailure,
  reserveAttempt,
} from "../db/queries/login-attempts";
import { insertSession, pruneEndedSessions, revokeSession } from "../db/queries/sessions";
import { findUserRowByEmail, passwordOf, toUser } from "../db/queries/users";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../lib/auth/password";
import { newSessionToken, sessionIdForToken } from "../lib/auth/tokens";

/** One answer for every bad login, so a response never tells whether an email has an account. */
function wrongCredentials(): DomainError {
  return new DomainError("unauthenticated", "The email or password is wrong");
}

/**
 * A login: throttled per (email, IP) and per IP, the attempt counted before the password is
 * checked (so concurrent guesses share the limit), unknown emails paying for one PBKDF2 run (so
 * timing does not reveal which emails exist), then a new session. 429 carries `retryAfter`.
 */
export async function logIn(
  db: Database,
  args: { email: string; password: string; ip: string; userAgent: string | null; now: Date },
): Promise<{ user: User; sessionId: string; token: string }> {
  const keys = attemptKeys(args.email, args.ip);
  const retryAfter = await reserveAttempt(db, keys, args.now);
  if (retryAfter !== null) {
    throw new DomainError("rate_limited", "Too many failed logins; wait before trying again", {
      extra: { retryAfter },
    });
  }
  const row = await findUserRowByEmail(db, args.email);
  const matches = await verifyPassword(args.password, row ? passwordOf(row) : DUMMY_PASSWORD_HASH);
  if (!row || !matches || !row.active) {
    await recordFailure(db, keys, args.now);
    throw wrongCredentials();
  }
  const token = newSessionToken();
  const sessionId = await sessionIdForToken(token);
  await startSession(db, {
    sessionId,
    userId: row.id,
    ip: args.ip === "unknown" ? null : args.ip,
    userAgent: args.userAgent,
    keys,
    now: args.now,
  });
  return { user: toUser(row), sessionId, token };
}

/**
 * Ends one of the caller's own live sessions; another user's session id is simply not found.
 */
export async function endOwnSession(
  db: Database,
  args: { id: string; userId: string; now: Date },
): Promise<void> {
  if (await revokeSession(db, args)) return;
  throw new DomainError("not_found", `You have no live session with id "${args.id.slice(0, 80)}"`, {
    errors: [{ path: "path.id", message: "no live session of yours with this id" }],
  });
}

/**
 * A successful login, as one batch: the session row, the cleared failure counters for this
 * email and IP, and the user's long-ended sessions forgotten.
 */
export async function startSession(
  db: Database,
  args: {
    sessionId: string;
    userId: string;
    ip: string | null;
    userAgent: string | null;
    keys: AttemptKeys;
    now: Date;
  },
): Promise<void> {
  await db.batch([
    insertSession(db, {
      id: args.sessionId,
      userId: args.userId,
      ip: args.ip,
      userAgent: args.userAgent,
      now: args.now,
    }),
    ...clearAfterSuccess(db, args.keys, args.now),
    pruneEndedSessions(db, args.userId, args.now),
  ]);
}
