import type { PartialDate, PublicEvent } from "@factline/domain";
import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { eventsTable } from "../schema";
import { eventColumns, publicEventFromSelect } from "./event-select";
import { eventVisible, eventVisibleByKey, type Visibility } from "./visibility";

/** The sort key of an event in lists: date (undated last), then id, both descending. */
export type EventKey = { date: string | null; id: string };

export type EventListFilters = {
  /** An FTS5 MATCH expression (already made safe with `toFtsQuery`). */
  match?: string;
  actorId?: string;
  place?: string;
  kind?: string;
  /** Events whose date range overlaps [from.earliest, to.latest]. */
  from?: PartialDate;
  to?: PartialDate;
  /** Only events changed after this instant. */
  updatedSince?: string;
  after?: EventKey;
  limit: number;
};

/**
 * A page of events, newest first by date, with keyset pagination on (date_earliest, id): one
 * statement, links as JSON subqueries. Returns one row more than `limit` is never exposed:
 * `hasMore` tells whether another page exists.
 */
export async function listEvents(
  db: Database,
  f: EventListFilters,
  v: Visibility = "public",
): Promise<{ items: PublicEvent[]; hasMore: boolean; last: EventKey | null }> {
  const rows = await eventListQuery(db, f, v);
  const hasMore = rows.length > f.limit;
  // Public lists name each event's actors (PublicEventSchema): one request renders the list.
  const items = rows.slice(0, f.limit).map(publicEventFromSelect);
  const lastItem = items[items.length - 1];
  return {
    items,
    hasMore,
    last: lastItem ? { date: lastItem.date?.earliest ?? null, id: lastItem.id } : null,
  };
}

/** The statement behind `listEvents` (exported for EXPLAIN QUERY PLAN checks). */
export function eventListQuery(db: Database, f: EventListFilters, v: Visibility = "public") {
  // An actor's or a country's events (through their link table) and a text's matches (through
  // events_fts) are found first and then sorted: bounded by how many there are. Left to the
  // status index, SQLite walks every published event by date and tests each against the filter
  // (no statistics tell it which side is selective).
  const linked = Boolean(f.actorId || f.place || f.match);
  const where: (SQL | undefined)[] = [linked ? eventVisibleByKey(v) : eventVisible(v)];
  if (f.match) {
    where.push(
      sql`${eventsTable}.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${f.match})`,
    );
  }
  if (f.actorId) {
    where.push(
      sql`${eventsTable.id} IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id = ${f.actorId})`,
    );
  }
  if (f.place) {
    where.push(
      sql`${eventsTable.id} IN (SELECT ep.event_id FROM event_places ep WHERE ep.country = ${f.place})`,
    );
  }
  if (f.kind) where.push(eq(eventsTable.kind, f.kind));
  // Overlap of two ranges: each starts before the other ends. Undated events never overlap.
  if (f.from) where.push(sql`${eventsTable.dateLatest} >= ${f.from.earliest}`);
  if (f.to) where.push(sql`${eventsTable.dateEarliest} <= ${f.to.latest}`);
  if (f.updatedSince) where.push(gt(eventsTable.updatedAt, f.updatedSince));
  if (f.after) {
    // Descending with NULL dates last: after a dated row come earlier dates, the same date with
    // a smaller id, then every undated row; after an undated row, undated rows with smaller ids.
    where.push(
      f.after.date === null
        ? sql`(${eventsTable.dateEarliest} IS NULL AND ${eventsTable.id} < ${f.after.id})`
        : sql`(${eventsTable.dateEarliest} < ${f.after.date} OR (${eventsTable.dateEarliest} = ${f.after.date} AND ${eventsTable.id} < ${f.after.id}) OR ${eventsTable.dateEarliest} IS NULL)`,
    );
  }
  return db
    .select(eventColumns(v))
    .from(eventsTable)
    .where(and(...where))
    .orderBy(desc(eventsTable.dateEarliest), desc(eventsTable.id))
    .limit(f.limit + 1);
}
