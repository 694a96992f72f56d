import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";

/** Every change to every record, written in the same D1 batch as the change itself. */
export const revisionsTable = sqliteTable(
  "revisions",
  {
    id: text().primaryKey(),
    recordType: text().notNull(),
    recordId: text().notNull(),
    version: integer().notNull(),
    action: text().notNull(),
    userId: text(),
    createdAt: timestamp().notNull(),
    /** JSON array of { path, before, after }. */
    diff: text({ mode: "json" }).notNull(),
    /** JSON of the whole record after the change. */
    snapshot: text({ mode: "json" }),
    note: text(),
  },
  (t) => [index("revisions_record_idx").on(t.recordType, t.recordId, t.version)],
);

/**
 * The public change feed: one row each time a published record appears, changes, is retracted
 * or merged. `seq` is the cursor clients sync from.
 */
export const changesTable = sqliteTable(
  "changes",
  {
    seq: integer().primaryKey({ autoIncrement: true }),
    recordType: text().notNull(),
    recordId: text().notNull(),
    /** upsert | retract | merge */
    action: text({ enum: ["upsert", "retract", "merge"] }).notNull(),
    /** For merges: the id that replaces this one. */
    mergedInto: text(),
    at: timestamp().notNull(),
  },
  (t) => [
    index("changes_at_idx").on(t.at, t.seq),
    index("changes_record_idx").on(t.recordType, t.recordId),
  ],
);

export type RevisionRow = typeof revisionsTable.$inferSelect;
export type ChangeRow = typeof changesTable.$inferSelect;
