import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

/** A watched publisher feed: where it is, when it is next due, and how its last poll went. */
export const feedsTable = sqliteTable(
  "feeds",
  {
    id: text().primaryKey(),
    url: text().notNull(),
    title: text(),
    status: text({ enum: ["active", "paused"] })
      .notNull()
      .default("active"),
    intervalMinutes: integer().notNull(),
    /** Validators from the last 200, sent back as If-None-Match / If-Modified-Since. */
    etag: text(),
    lastModified: text(),
    nextPollAt: timestamp().notNull(),
    lastPolledAt: timestamp(),
    lastOutcome: text(),
    consecutiveErrors: integer().notNull().default(0),
    createdBy: text().notNull(),
    createdAt: timestamp().notNull(),
  },
  (t) => [
    uniqueIndex("feeds_url_unique").on(t.url),
    // The cron's question: which active feeds are due.
    index("feeds_due_idx").on(t.status, t.nextPollAt),
  ],
);

/**
 * An article a feed listed. The row exists before its queue message, so a redelivered message
 * finds what the first delivery did (idempotent consumer), and a canonical URL seen once is
 * never queued again, whichever feed lists it.
 */
export const feedItemsTable = sqliteTable(
  "feed_items",
  {
    id: text().primaryKey(),
    feedId: text()
      .notNull()
      .references(() => feedsTable.id, { onDelete: "cascade" }),
    url: text().notNull(),
    title: text(),
    publishedAt: timestamp(),
    status: text({ enum: ["queued", "drafted", "duplicate", "dead"] })
      .notNull()
      .default("queued"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    ingestId: text(),
    duplicateOf: text(),
    createdAt: timestamp().notNull(),
    updatedAt: timestamp().notNull(),
  },
  (t) => [
    uniqueIndex("feed_items_url_unique").on(t.url),
    index("feed_items_feed_idx").on(t.feedId, t.id),
    index("feed_items_status_idx").on(t.status, t.id),
  ],
);

export type FeedRow = typeof feedsTable.$inferSelect;
export type FeedItemRow = typeof feedItemsTable.$inferSelect;
