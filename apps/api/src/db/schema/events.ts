import { index, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { recordColumns, timestamp } from "./columns";

export const eventsTable = sqliteTable(
  "events",
  {
    id: text().primaryKey(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    kind: text().notNull(),
    dateValue: text(),
    datePrecision: text({ enum: ["day", "month", "year", "decade"] }),
    dateEarliest: text(),
    dateLatest: text(),
    status: text({ enum: ["draft", "in_review", "published", "retracted"] })
      .notNull()
      .default("draft"),
    createdBy: text(),
    publishedAt: timestamp(),
    /** Set when merged into another event: public reads answer 308 to the winner. */
    mergedInto: text(),
    ...recordColumns(),
  },
  (t) => [
    uniqueIndex("events_slug_unique").on(t.slug),
    index("events_status_date_idx").on(t.status, t.dateEarliest, t.id),
    index("events_status_kind_idx").on(t.status, t.kind, t.dateEarliest),
    index("events_status_updated_idx").on(t.status, t.updatedAt, t.id),
  ],
);

export const eventActorsTable = sqliteTable(
  "event_actors",
  {
    eventId: text()
      .notNull()
      .references(() => eventsTable.id, { onDelete: "cascade" }),
    actorId: text().notNull(),
    role: text({ enum: ["initiator", "target", "participant"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.actorId, t.role] }),
    index("event_actors_actor_idx").on(t.actorId, t.eventId),
  ],
);

export const eventPlacesTable = sqliteTable(
  "event_places",
  {
    eventId: text()
      .notNull()
      .references(() => eventsTable.id, { onDelete: "cascade" }),
    country: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.country] }),
    index("event_places_country_idx").on(t.country, t.eventId),
  ],
);

export const eventRelationsTable = sqliteTable(
  "event_relations",
  {
    eventId: text()
      .notNull()
      .references(() => eventsTable.id, { onDelete: "cascade" }),
    relatedEventId: text().notNull(),
    relation: text({ enum: ["precedes", "causes", "part_of", "responds_to"] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.relatedEventId, t.relation] }),
    index("event_relations_related_idx").on(t.relatedEventId),
  ],
);

export type EventRow = typeof eventsTable.$inferSelect;
