import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../lib/auth/session-policy";
import type { Database } from "../client";
import { type SessionRow, sessionsTable, type UserRow, usersTable } from "../schema/users";

/** A session as its owner sees it in the session list. */
export type SessionInfo = {
  id: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
};

function toSessionInfo(row: SessionRow): SessionInfo {
  return {
    id: row.id,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}

/** Starts a session; `id` is the SHA-256 of the cookie token, never the token itself. */
export function insertSession(
  db: Database,
  args: { id: string; userId: string; ip: string | null; userAgent: string | null; now: Date },
) {
  const at = args.now.toISOString();
  return db.insert(sessionsTable).values({
    id: args.id,
    userId: args.userId,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(args.now.getTime() + SESSION_IDLE_MS).toISOString(),
    revokedAt: null,
    ip: args.ip,
    userAgent: args.userAgent?.slice(0, 512) ?? null,
  });
}

/** A live session and its (active) user, as one read. */
export type LiveSession = { session: SessionRow; user: UserRow };

/**
 * The session for a token hash if it is neither revoked nor expired (idle or absolute) and
 * its user is still active; otherwise undefined.
 */
export async function findLiveSession(
  db: Database,
  id: string,
  now: Date,
): Promise<LiveSession | undefined> {
  const at = now.toISOString();
  const absoluteCutoff = new Date(now.getTime() - SESSION_ABSOLUTE_MS).toISOString();
  const row = await db
    .select({ session: sessionsTable, user: usersTable })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .where(
      and(
        eq(sessionsTable.id, id),
        isNull(sessionsTable.revokedAt),
        gt(sessionsTable.expiresAt, at),
        gt(sessionsTable.createdAt, absoluteCutoff),
        eq(usersTable.active, true),
      ),
    )
    .get();
  return row;
}

/** How long an ended (expired or revoked) session is kept, for the owner's and admins' view. */
const ENDED_SESSION_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/** Sessions that ended (expired or were revoked) over 30 days before `now`. */
function endedLongAgo(now: Date) {
  const cutoff = new Date(now.getTime() - ENDED_SESSION_KEPT_MS).toISOString();
  return sql`(${sessionsTable.expiresAt} < ${cutoff} OR ${sessionsTable.revokedAt} < ${cutoff})`;
}

/** Forgets a user's sessions that ended over 30 days ago (at login: bounded to that user). */
export function pruneEndedSessions(db: Database, userId: string, now: Date) {
  return db.delete(sessionsTable).where(and(eq(sessionsTable.userId, userId), endedLongAgo(now)));
}

/** Forgets every session that ended over 30 days ago (the scheduled cleanup); how many. */
export async function purgeEndedSessions(db: Database, now: Date): Promise<number> {
  const result = await db.delete(sessionsTable).where(endedLongAgo(now)).run();
  return result.meta.changes;
}

/** Moves a session's sliding expiry forward. */
export async function touchSession(
  db: Database,
  id: string,
  lastSeenAt: string,
  expiresAt: string,
) {
  await db
    .update(sessionsTable)
    .set({ lastSeenAt, expiresAt })
    .where(and(eq(sessionsTable.id, id), isNull(sessionsTable.revokedAt)));
}

/** Revokes one of a user's sessions; false when the user has no such live session. */
export async function revokeSession(
  db: Database,
  args: { id: string; userId: string; now: Date },
): Promise<boolean> {
  const result = await db
    .update(sessionsTable)
    .set({ revokedAt: args.now.toISOString() })
    .where(
      and(
        eq(sessionsTable.id, args.id),
        eq(sessionsTable.userId, args.userId),
        isNull(sessionsTable.revokedAt),
      ),
    )
    .run();
  return result.meta.changes > 0;
}

/** Revokes every live session of a user; returns how many. */
export async function revokeUserSessions(db: Database, userId: string, now: Date): Promise<number> {
  const result = await db
    .update(sessionsTable)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessionsTable.userId, userId), isNull(sessionsTable.revokedAt)))
    .run();
  return result.meta.changes;
}

/** A user's sessions that are still usable, newest first. */
export async function listLiveSessions(
  db: Database,
  userId: string,
  now: Date,
): Promise<SessionInfo[]> {
  const absoluteCutoff = new Date(now.getTime() - SESSION_ABSOLUTE_MS).toISOString();
  const rows = await db
    .select()
    .from(sessionsTable)
    .where(
      and(
        eq(sessionsTable.userId, userId),
        isNull(sessionsTable.revokedAt),
        gt(sessionsTable.expiresAt, now.toISOString()),
        sql`${sessionsTable.createdAt} > ${absoluteCutoff}`,
      ),
    )
    .orderBy(desc(sessionsTable.createdAt));
  return rows.map(toSessionInfo);
}
