import { integer, text } from "drizzle-orm/sqlite-core";

/** Timestamps are ISO 8601 text: sortable, readable in SQL, and what the API returns. */
export const timestamp = () => text();

/** The columns every editable record carries: version for optimistic concurrency, and when. */
export const recordColumns = () => ({
  version: integer().notNull().default(1),
  createdAt: timestamp().notNull(),
  updatedAt: timestamp().notNull(),
});
