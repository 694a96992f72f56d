import type { Database } from "../db/client";
import { type AttemptKeys, clearAfterSuccess } from "../db/queries/login-attempts";
import { insertSession, pruneEndedSessions } from "../db/queries/sessions";

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
