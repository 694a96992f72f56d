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
  (t) => [index("ingests_status_idx").on(t.status, t.createdAt)],
);

export type IngestRow = typeof ingestsTable.$inferSelect;
