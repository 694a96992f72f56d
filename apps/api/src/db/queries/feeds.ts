import type { Feed, FeedItem, FeedItemCounts, FeedItemStatus } from "@factline/domain";
import { and, asc, desc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  type FeedItemRow,
  type FeedRow,
  feedItemsTable,
  feedsTable,
  ingestsTable,
} from "../schema";

const NO_ITEMS: FeedItemCounts = { queued: 0, drafted: 0, duplicate: 0, dead: 0 };

/** A feeds row as the API's Feed (validators stay in D1). */
export function toFeed(row: FeedRow, items: FeedItemCounts = NO_ITEMS): Feed {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    status: row.status,
    intervalMinutes: row.intervalMinutes,
    nextPollAt: row.nextPollAt,
    lastPolledAt: row.lastPolledAt,
    lastOutcome: row.lastOutcome,
    consecutiveErrors: row.consecutiveErrors,
    items,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/** A feed_items row as the API's FeedItem. */
export function toFeedItem(row: FeedItemRow): FeedItem {
  return {
    id: row.id,
    feedId: row.feedId,
    url: row.url,
    title: row.title,
    publishedAt: row.publishedAt,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    ingestId: row.ingestId,
    duplicateOf: row.duplicateOf,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function itemCounts(db: Database, feedIds: string[]): Promise<Map<string, FeedItemCounts>> {
  const out = new Map<string, FeedItemCounts>();
  if (feedIds.length === 0) return out;
  const rows = await db
    .select({
      feedId: feedItemsTable.feedId,
      status: feedItemsTable.status,
      n: sql<number>`count(*)`,
    })
    .from(feedItemsTable)
    .where(inArray(feedItemsTable.feedId, feedIds))
    .groupBy(feedItemsTable.feedId, feedItemsTable.status);
  for (const r of rows) {
    const counts = out.get(r.feedId) ?? { ...NO_ITEMS };
    counts[r.status] = r.n;
    out.set(r.feedId, counts);
  }
  return out;
}

/** Every watched feed, oldest first, with its items counted by outcome. */
export async function listFeeds(db: Database): Promise<Feed[]> {
  const rows = await db.select().from(feedsTable).orderBy(asc(feedsTable.id));
  const counts = await itemCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toFeed(r, counts.get(r.id)));
}

/** One feed's row, or null. */
export async function getFeedRow(db: Database, id: string): Promise<FeedRow | null> {
  const rows = await db.select().from(feedsTable).where(eq(feedsTable.id, id));
  return rows[0] ?? null;
}

/** One feed with its counts, or null. */
export async function getFeed(db: Database, id: string): Promise<Feed | null> {
  const row = await getFeedRow(db, id);
  if (!row) return null;
  return toFeed(row, (await itemCounts(db, [id])).get(id));
}

/** The feed watching `url`, if any. */
export async function findFeedByUrl(db: Database, url: string): Promise<FeedRow | null> {
  const rows = await db.select().from(feedsTable).where(eq(feedsTable.url, url));
  return rows[0] ?? null;
}

/** Stores a new feed. */
export async function insertFeed(db: Database, row: typeof feedsTable.$inferInsert) {
  await db.insert(feedsTable).values(row);
}

/** Changes a feed's settings or poll state; the row after, or null when it is gone. */
export async function updateFeed(
  db: Database,
  id: string,
  set: Partial<typeof feedsTable.$inferInsert>,
): Promise<FeedRow | null> {
  const rows = await db.update(feedsTable).set(set).where(eq(feedsTable.id, id)).returning();
  return rows[0] ?? null;
}

/** Forgets a feed and its items (drafts it made stay). False when there was none. */
export async function deleteFeed(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .delete(feedsTable)
    .where(eq(feedsTable.id, id))
    .returning({ id: feedsTable.id });
  return rows.length > 0;
}

/** Active feeds due at `now`, most overdue first. */
export async function dueFeeds(db: Database, now: string, limit: number): Promise<FeedRow[]> {
  return db
    .select()
    .from(feedsTable)
    .where(and(eq(feedsTable.status, "active"), lte(feedsTable.nextPollAt, now)))
    .orderBy(asc(feedsTable.nextPollAt))
    .limit(limit);
}

/**
 * Stores the items a poll found, skipping any URL already known (from this feed or another);
 * the ids of the rows actually inserted: only those are new. One statement per row because
 * D1 binds at most 100 parameters per statement.
 */
export async function insertNewFeedItems(
  db: Database,
  rows: (typeof feedItemsTable.$inferInsert)[],
): Promise<string[]> {
  const [first, ...rest] = rows.map((row) =>
    db
      .insert(feedItemsTable)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: feedItemsTable.id }),
  );
  if (!first) return [];
  const results = await db.batch([first, ...rest]);
  return results.flatMap((r) => r.map((x) => x.id));
}

/** Removes items whose queue message could not be sent, so the next poll finds them again. */
export async function deleteFeedItems(db: Database, ids: string[]) {
  if (ids.length > 0) await db.delete(feedItemsTable).where(inArray(feedItemsTable.id, ids));
}

/** One item's row, or null. */
export async function getFeedItem(db: Database, id: string): Promise<FeedItemRow | null> {
  const rows = await db.select().from(feedItemsTable).where(eq(feedItemsTable.id, id));
  return rows[0] ?? null;
}

/** Items newest first, of one feed and/or in one status; `cursor` = last id seen. */
export async function listFeedItems(
  db: Database,
  args: {
    feedId?: string | undefined;
    status?: FeedItemStatus | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ data: FeedItem[]; next: string | null }> {
  const rows = await db
    .select()
    .from(feedItemsTable)
    .where(
      and(
        args.feedId ? eq(feedItemsTable.feedId, args.feedId) : undefined,
        args.status ? eq(feedItemsTable.status, args.status) : undefined,
        args.cursor ? lt(feedItemsTable.id, args.cursor) : undefined,
      ),
    )
    .orderBy(desc(feedItemsTable.id))
    .limit(args.limit + 1);
  const data = rows.slice(0, args.limit).map(toFeedItem);
  const last = data[data.length - 1];
  return { data, next: rows.length > args.limit && last ? last.id : null };
}

/** The statement that settles a queued item (a no-op once another delivery settled it). */
export function settleFeedItem(
  db: Database,
  id: string,
  set: Partial<typeof feedItemsTable.$inferInsert> & { status: FeedItemStatus; updatedAt: string },
) {
  return db
    .update(feedItemsTable)
    .set(set)
    .where(and(eq(feedItemsTable.id, id), eq(feedItemsTable.status, "queued")));
}

/** Counts a failed attempt on a queued item and keeps why. */
export async function recordFeedItemFailure(
  db: Database,
  id: string,
  args: { attempts: number; error: string; now: string },
) {
  await db
    .update(feedItemsTable)
    .set({ attempts: args.attempts, lastError: args.error, updatedAt: args.now })
    .where(and(eq(feedItemsTable.id, id), eq(feedItemsTable.status, "queued")));
}

/** Puts a dead item back on the queue's books (the caller sends the message). */
export async function requeueFeedItem(db: Database, id: string, now: string): Promise<boolean> {
  const rows = await db
    .update(feedItemsTable)
    .set({ status: "queued", attempts: 0, lastError: null, updatedAt: now })
    .where(and(eq(feedItemsTable.id, id), eq(feedItemsTable.status, "dead")))
    .returning({ id: feedItemsTable.id });
  return rows.length > 0;
}

/** A draft or accepted ingest of the same article (by URL or content hash), if any. */
export async function findIngestOfSameArticle(
  db: Database,
  args: { urls: readonly string[]; contentHash: string },
): Promise<string | null> {
  const rows = await db
    .select({ id: ingestsTable.id })
    .from(ingestsTable)
    .where(
      and(
        inArray(ingestsTable.status, ["draft", "accepted"]),
        or(
          args.urls.length > 0 ? inArray(ingestsTable.url, [...args.urls]) : undefined,
          eq(ingestsTable.contentHash, args.contentHash),
        ),
      ),
    )
    .orderBy(asc(ingestsTable.id))
    .limit(1);
  return rows[0]?.id ?? null;
}
