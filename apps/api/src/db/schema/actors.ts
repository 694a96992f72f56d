import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { recordColumns } from "./columns";

export const actorsTable = sqliteTable(
  "actors",
  {
    id: text().primaryKey(),
    kind: text({ enum: ["country", "organization", "person", "group"] }).notNull(),
    name: text().notNull(),
    /** JSON array of strings. */
    aliases: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    wikidata: text(),
    iso3166: text(),
    description: text(),
    status: text({ enum: ["active", "retracted"] })
      .notNull()
      .default("active"),
    /** Set when merged into another actor: reads of this id redirect there. */
    mergedInto: text(),
    ...recordColumns(),
  },
  (t) => [
    index("actors_name_idx").on(t.name),
    index("actors_iso3166_idx").on(t.iso3166),
    index("actors_wikidata_idx").on(t.wikidata),
  ],
);

export type ActorRow = typeof actorsTable.$inferSelect;
