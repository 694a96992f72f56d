import type { Claim, Event, Source } from "@factline/domain";
import { and, desc, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../client";
import { toActor, toEvent, toSource } from "../mappers";
import {
  actorsTable,
  claimEventsTable,
  claimsTable,
  eventActorsTable,
  eventPlacesTable,
  eventRelationsTable,
  eventsTable,
  evidenceTable,
  sourcesTable,
} from "../schema";
import { type AdminActor, loadClaimsWhere } from "./load";
import { containsText as matches } from "./text-match";

// Admin lists see every status (drafts, in review, retracted), newest first by id (ids are
// time-sortable), with `cursor` = the last id of the previous page. Merged records are left
// out: they are redirects now, reachable by id.

/** Paging and filters every admin list takes. */
export type AdminListArgs = { limit: number; cursor?: string; status?: string; q?: string };

/** A page of records and the cursor of the next page. */
export type Page<T> = { data: T[]; next: string | null };

function page<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, next: rows.length > limit && last ? last.id : null };
}

/** Events in any status. */
export async function listAdminEvents(db: Database, args: AdminListArgs): Promise<Page<Event>> {
  const where = and(
    isNull(eventsTable.mergedInto),
    args.status ? eq(eventsTable.status, args.status as Event["status"]) : undefined,
    args.q ? matches(eventsTable.title, args.q) : undefined,
    args.cursor ? lt(eventsTable.id, args.cursor) : undefined,
  );
  const ids = db
    .select({ id: eventsTable.id })
    .from(eventsTable)
    .where(where)
    .orderBy(desc(eventsTable.id))
    .limit(args.limit + 1);
  const [rows, actors, places, related] = await db.batch([
    db
      .select()
      .from(eventsTable)
      .where(where)
      .orderBy(desc(eventsTable.id))
      .limit(args.limit + 1),
    db.select().from(eventActorsTable).where(inArray(eventActorsTable.eventId, ids)),
    db.select().from(eventPlacesTable).where(inArray(eventPlacesTable.eventId, ids)),
    db.select().from(eventRelationsTable).where(inArray(eventRelationsTable.eventId, ids)),
  ]);
  const events = rows.map((row) =>
    toEvent(row, {
      actors: actors.filter((a) => a.eventId === row.id),
      places: places.filter((p) => p.eventId === row.id),
      related: related.filter((r) => r.eventId === row.id),
    }),
  );
  return page(events, args.limit);
}

/** Claims in any status, optionally about one event and/or drawn from one source. */
export async function listAdminClaims(
  db: Database,
  args: AdminListArgs & { eventId?: string; sourceId?: string },
): Promise<Page<Claim>> {
  const where = and(
    isNull(claimsTable.mergedInto),
    args.status ? eq(claimsTable.status, args.status as Claim["status"]) : undefined,
    args.q ? matches(claimsTable.text, args.q) : undefined,
    args.cursor ? lt(claimsTable.id, args.cursor) : undefined,
    args.eventId
      ? inArray(
          claimsTable.id,
          db
            .select({ id: claimEventsTable.claimId })
            .from(claimEventsTable)
            .where(eq(claimEventsTable.eventId, args.eventId)),
        )
      : undefined,
    // A claim is drawn from a source when it names it or quotes it as evidence; the reader
    // needs both, since imported claims often carry only evidence.
    args.sourceId
      ? or(
          eq(claimsTable.sourceId, args.sourceId),
          inArray(
            claimsTable.id,
            db
              .select({ id: evidenceTable.claimId })
              .from(evidenceTable)
              .where(eq(evidenceTable.sourceId, args.sourceId)),
          ),
        )
      : undefined,
  );
  const pageIds = db
    .select({ id: claimsTable.id })
    .from(claimsTable)
    .where(where)
    .orderBy(desc(claimsTable.id))
    .limit(args.limit + 1);
  const claims = await loadClaimsWhere(db, inArray(claimsTable.id, pageIds));
  claims.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return page(claims, args.limit);
}

/** Sources in any status, optionally only the posts embedded in one article. */
export async function listAdminSources(
  db: Database,
  args: AdminListArgs & { embeddedIn?: string },
): Promise<Page<Source>> {
  const rows = await db
    .select()
    .from(sourcesTable)
    .where(
      and(
        isNull(sourcesTable.mergedInto),
        args.status ? eq(sourcesTable.status, args.status as Source["status"]) : undefined,
        args.q ? matches(sourcesTable.title, args.q) : undefined,
        args.embeddedIn ? eq(sourcesTable.embeddedIn, args.embeddedIn) : undefined,
        args.cursor ? lt(sourcesTable.id, args.cursor) : undefined,
      ),
    )
    .orderBy(desc(sourcesTable.id))
    .limit(args.limit + 1);
  return page(rows.map(toSource), args.limit);
}

/** Actors in any status. */
export async function listAdminActors(
  db: Database,
  args: AdminListArgs,
): Promise<Page<AdminActor>> {
  const rows = await db
    .select()
    .from(actorsTable)
    .where(
      and(
        isNull(actorsTable.mergedInto),
        args.status ? eq(actorsTable.status, args.status as AdminActor["status"]) : undefined,
        args.q ? matches(actorsTable.name, args.q) : undefined,
        args.cursor ? lt(actorsTable.id, args.cursor) : undefined,
      ),
    )
    .orderBy(desc(actorsTable.id))
    .limit(args.limit + 1);
  return page(
    rows.map((r) => ({ ...toActor(r), status: r.status })),
    args.limit,
  );
}
