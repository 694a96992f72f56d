import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { recordColumns, timestamp } from "./columns";

export const sourcesTable = sqliteTable(
  "sources",
  {
    id: text().primaryKey(),
    kind: text({
      enum: ["article", "social_post", "official_statement", "broadcast", "dataset"],
    }).notNull(),
    /** Canonical URL; unique when present (NULLs do not collide in SQLite unique indexes). */
    url: text(),
    title: text().notNull(),
    publisher: text(),
    author: text(),
    actorId: text(),
    publishedValue: text(),
    publishedPrecision: text({ enum: ["day", "month", "year", "decade"] }),
    publishedEarliest: text(),
    publishedLatest: text(),
    retrievedAt: timestamp(),
    language: text(),
    contentHash: text(),
    text: text().notNull().default(""),
    reliability: text({ enum: ["unrated", "low", "mixed", "high"] })
      .notNull()
      .default("unrated"),
    embeddedIn: text(),
    note: text(),
    status: text({ enum: ["active", "retracted"] })
      .notNull()
      .default("active"),
    createdBy: text(),
    mergedInto: text(),
    ...recordColumns(),
  },
  (t) => [
    uniqueIndex("sources_url_unique").on(t.url),
    index("sources_content_hash_idx").on(t.contentHash),
    index("sources_embedded_in_idx").on(t.embeddedIn),
    index("sources_updated_idx").on(t.updatedAt, t.id),
  ],
);

export type SourceRow = typeof sourcesTable.$inferSelect;
