import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

/** A stored ingest: the editor's input and the ingest result, until accepted. */
export const ingestsTable = sqliteTable(
  "ingests",
  {
    id: text().primaryKey(),
    status: text({ enum: ["draft", "accepted", "discarded"] })
      .notNull()
      .default("draft"),
    inputKind: text({ enum: ["text", "html", "url"] }).notNull(),
    url: text(),
    input: text().notNull(),
    /** JSON IngestResult. */
    result: text({ mode: "json" }).notNull(),
    contentHash: text(),
    createdBy: text().notNull(),
    createdAt: timestamp().notNull(),
    acceptedAt: timestamp(),
    /** The source created on accept. */
    sourceId: text(),
    eventId: text(),
  },
  (t) => [
    index("ingests_status_idx").on(t.status, t.createdAt),
    // A feed item's duplicate check looks drafts up by URL and by content hash; the source
    // reader finds the ingest that made a source.
    index("ingests_url_idx").on(t.url),
    index("ingests_content_hash_idx").on(t.contentHash),
    index("ingests_source_idx").on(t.sourceId),
  ],
);

export type IngestRow = typeof ingestsTable.$inferSelect;
