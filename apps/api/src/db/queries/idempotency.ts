import { and, eq, inArray, lt, or } from "drizzle-orm";
import type { Database } from "../client";
import { idempotencyKeysTable } from "../schema/users";

/** Keys are remembered this long. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * A reservation still "in progress" after this long belongs to a request that died (the
 * isolate was evicted mid-write); it may be taken over rather than block the key for a day.
 */
export const IDEMPOTENCY_ABANDONED_MS = 5 * 60 * 1000;

/** Status stored while the first request with a key is still running. */
export const IN_PROGRESS = 0;

export type StoredIdempotency = typeof idempotencyKeysTable.$inferSelect;

/** A key reserved by this request, which its write batch settles (see `idempotencyOutcome`). */
export type PendingIdempotency = { userId: string; key: string };

/**
 * The statement that settles a reserved key inside the write batch that creates the record:
 * the response's status and body are stored with the record, all or nothing, so a Worker that
 * dies after the batch but before answering leaves a key that replays, never one that lets a
 * retry create a second record. Nothing when the request carried no key.
 */
export function idempotencyOutcome(
  db: Database,
  pending: PendingIdempotency | null | undefined,
  outcome: { status: number; body: unknown },
) {
  if (!pending) return [];
  return [
    db
      .update(idempotencyKeysTable)
      .set({ status: outcome.status, responseBody: JSON.stringify(outcome.body) })
      .where(
        and(
          eq(idempotencyKeysTable.userId, pending.userId),
          eq(idempotencyKeysTable.key, pending.key),
          eq(idempotencyKeysTable.status, IN_PROGRESS),
        ),
      ),
  ];
}

/**
 * Reserves `(userId, key)` for this request. Expired or abandoned rows are deleted first; the
 * insert is `ON CONFLICT DO NOTHING`, so of two concurrent requests exactly one gets the row.
 * Returns `{ reserved: true }` for the winner, else the row that is already there.
 */
export async function reserveIdempotencyKey(
  db: Database,
  args: {
    userId: string;
    key: string;
    method: string;
    path: string;
    requestHash: string;
    now: Date;
  },
): Promise<{ reserved: true } | { reserved: false; existing: StoredIdempotency | undefined }> {
  const expired = new Date(args.now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
  const abandoned = new Date(args.now.getTime() - IDEMPOTENCY_ABANDONED_MS).toISOString();
  const [, inserted] = await db.batch([
    db.delete(idempotencyKeysTable).where(
      // All of this user's expired keys go (bounded cleanup without a cron), plus this key
      // if its first request was abandoned.
      and(
        eq(idempotencyKeysTable.userId, args.userId),
        or(
          lt(idempotencyKeysTable.createdAt, expired),
          and(
            eq(idempotencyKeysTable.key, args.key),
            eq(idempotencyKeysTable.status, IN_PROGRESS),
            lt(idempotencyKeysTable.createdAt, abandoned),
          ),
        ),
      ),
    ),
    db
      .insert(idempotencyKeysTable)
      .values({
        userId: args.userId,
        key: args.key,
        method: args.method,
        path: args.path,
        requestHash: args.requestHash,
        status: IN_PROGRESS,
        responseBody: "",
        responseHeaders: null,
        createdAt: args.now.toISOString(),
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeysTable.key }),
  ]);
  if (inserted.length === 1) return { reserved: true };
  const existing = await db
    .select()
    .from(idempotencyKeysTable)
    .where(
      and(eq(idempotencyKeysTable.userId, args.userId), eq(idempotencyKeysTable.key, args.key)),
    )
    .get();
  return { reserved: false, existing };
}

/**
 * Stores the first response for a reserved key: its headers, and its status and body when the
 * write batch did not already settle them.
 */
export async function completeIdempotencyKey(
  db: Database,
  args: {
    userId: string;
    key: string;
    status: number;
    body: string;
    headers: Record<string, string>;
  },
) {
  await db
    .update(idempotencyKeysTable)
    .set({ status: args.status, responseBody: args.body, responseHeaders: args.headers })
    .where(
      and(
        eq(idempotencyKeysTable.userId, args.userId),
        eq(idempotencyKeysTable.key, args.key),
        inArray(idempotencyKeysTable.status, [IN_PROGRESS, args.status]),
      ),
    );
}

/** Frees a reservation whose request failed, so the client may retry with the same key. */
export async function releaseIdempotencyKey(db: Database, args: { userId: string; key: string }) {
  await db
    .delete(idempotencyKeysTable)
    .where(
      and(
        eq(idempotencyKeysTable.userId, args.userId),
        eq(idempotencyKeysTable.key, args.key),
        eq(idempotencyKeysTable.status, IN_PROGRESS),
      ),
    );
}

/** Deletes keys older than the TTL (for a scheduled cleanup). */
export async function purgeExpiredIdempotencyKeys(db: Database, now: Date): Promise<number> {
  const expired = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
  const result = await db
    .delete(idempotencyKeysTable)
    .where(lt(idempotencyKeysTable.createdAt, expired))
    .run();
  return result.meta.changes;
}
