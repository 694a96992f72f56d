import type { Actor, IngestResult, KnownEvent } from "@factline/domain";
import { and, desc, eq, inArray, isNull, lt, ne, or } from "drizzle-orm";
import type { Database } from "../client";
import { toActor, toPartialDate } from "../mappers";
import {
  actorsTable,
  eventActorsTable,
  eventPlacesTable,
  eventsTable,
  type IngestRow,
  ingestsTable,
  sourcesTable,
} from "../schema";
import { idempotencyOutcome, type PendingIdempotency } from "./idempotency";

/** How many of the latest events ingest scores its main-event suggestion against. */
export const KNOWN_EVENTS_LIMIT = 200;

/** A stored ingest as the admin API shows it. */
export type Ingest = {
  id: string;
  status: IngestRow["status"];
  inputKind: IngestRow["inputKind"];
  url: string | null;
  contentHash: string | null;
  createdBy: string;
  createdAt: string;
  acceptedAt: string | null;
  sourceId: string | null;
  eventId: string | null;
  result: IngestResult;
};

/** An existing source that an ingest would duplicate, and what gave it away. */
export type DuplicateSource = {
  sourceId: string;
  title: string;
  url: string | null;
  matchedBy: "url" | "content_hash";
};

/** An ingests row as the API's Ingest (the input text stays in D1). */
export function toIngest(row: IngestRow): Ingest {
  return {
    id: row.id,
    status: row.status,
    inputKind: row.inputKind,
    url: row.url,
    contentHash: row.contentHash,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    acceptedAt: row.acceptedAt,
    sourceId: row.sourceId,
    eventId: row.eventId,
    result: row.result as IngestResult,
  };
}

/**
 * What ingest matches an article against, in one round trip: every active actor (names and
 * aliases) and the latest events that are not retracted or merged.
 */
export async function loadIngestKnowledge(
  db: Database,
): Promise<{ actors: Actor[]; events: KnownEvent[] }> {
  const live = and(isNull(eventsTable.mergedInto), ne(eventsTable.status, "retracted"));
  const recent = db
    .select({ id: eventsTable.id })
    .from(eventsTable)
    .where(live)
    .orderBy(desc(eventsTable.updatedAt), desc(eventsTable.id))
    .limit(KNOWN_EVENTS_LIMIT);
  const [actorRows, eventRows, actorLinks, placeLinks] = await db.batch([
    db
      .select()
      .from(actorsTable)
      .where(and(eq(actorsTable.status, "active"), isNull(actorsTable.mergedInto))),
    db
      .select()
      .from(eventsTable)
      .where(live)
      .orderBy(desc(eventsTable.updatedAt), desc(eventsTable.id))
      .limit(KNOWN_EVENTS_LIMIT),
    db.select().from(eventActorsTable).where(inArray(eventActorsTable.eventId, recent)),
    db.select().from(eventPlacesTable).where(inArray(eventPlacesTable.eventId, recent)),
  ]);
  const events: KnownEvent[] = eventRows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind as KnownEvent["kind"],
    date: toPartialDate({
      value: row.dateValue,
      precision: row.datePrecision,
      earliest: row.dateEarliest,
      latest: row.dateLatest,
    }),
    actorIds: [...new Set(actorLinks.filter((a) => a.eventId === row.id).map((a) => a.actorId))],
    places: placeLinks.filter((p) => p.eventId === row.id).map((p) => p.country),
  }));
  return { actors: actorRows.map(toActor), events };
}

/**
 * The source an article would duplicate: one stored under any of its canonical `urls`, else
 * one with the same content hash. Merged sources are left out (their winner is found instead).
 */
export async function findDuplicateSource(
  db: Database,
  args: { urls: readonly string[]; contentHash: string | null },
): Promise<DuplicateSource | null> {
  const byUrl = args.urls.length > 0 ? inArray(sourcesTable.url, [...args.urls]) : undefined;
  const byHash = args.contentHash ? eq(sourcesTable.contentHash, args.contentHash) : undefined;
  if (!byUrl && !byHash) return null;
  const rows = await db
    .select({
      id: sourcesTable.id,
      title: sourcesTable.title,
      url: sourcesTable.url,
      contentHash: sourcesTable.contentHash,
    })
    .from(sourcesTable)
    .where(and(isNull(sourcesTable.mergedInto), or(byUrl, byHash)))
    .orderBy(sourcesTable.id)
    .limit(20);
  const url = rows.find((r) => r.url !== null && args.urls.includes(r.url));
  const hit = url ?? rows.find((r) => args.contentHash && r.contentHash === args.contentHash);
  if (!hit) return null;
  return {
    sourceId: hit.id,
    title: hit.title,
    url: hit.url,
    matchedBy: url ? "url" : "content_hash",
  };
}

/** Stores a new draft ingest. */
export async function insertIngest(
  db: Database,
  row: typeof ingestsTable.$inferInsert,
  created?: { idempotency: PendingIdempotency | null | undefined; body: unknown },
) {
  await db.batch([
    db.insert(ingestsTable).values(row),
    ...idempotencyOutcome(db, created?.idempotency, { status: 201, body: created?.body }),
  ]);
}

/** One ingest by id, or null. */
export async function getIngest(db: Database, id: string): Promise<IngestRow | null> {
  const rows = await db.select().from(ingestsTable).where(eq(ingestsTable.id, id));
  return rows[0] ?? null;
}

/** A summary of an ingest for lists: no cleaned text or sentences. */
export type IngestSummary = Omit<Ingest, "result"> & {
  title: string | null;
  candidateClaims: number;
  embeddedPosts: number;
  mainEvent: string | null;
};

/** Ingests in one status, newest first (ids are time-sortable); `cursor` = last id seen. */
export async function listIngests(
  db: Database,
  args: {
    status: IngestRow["status"];
    limit: number;
    cursor?: string | undefined;
    source?: string | undefined;
  },
): Promise<{ data: IngestSummary[]; next: string | null }> {
  const rows = await db
    .select()
    .from(ingestsTable)
    .where(
      and(
        eq(ingestsTable.status, args.status),
        args.source ? eq(ingestsTable.sourceId, args.source) : undefined,
        args.cursor ? lt(ingestsTable.id, args.cursor) : undefined,
      ),
    )
    .orderBy(desc(ingestsTable.id))
    .limit(args.limit + 1);
  const data = rows.slice(0, args.limit).map((row) => {
    const { result, ...rest } = toIngest(row);
    return {
      ...rest,
      title: result.article.title,
      candidateClaims: result.candidateClaims.length,
      embeddedPosts: result.embeddedPosts.length,
      mainEvent: result.mainEvent?.title ?? null,
    };
  });
  const last = data[data.length - 1];
  return { data, next: rows.length > args.limit && last ? last.id : null };
}

/** Marks a draft discarded; false when it was no longer a draft. */
export async function discardIngest(db: Database, id: string): Promise<boolean> {
  const done = await db
    .update(ingestsTable)
    .set({ status: "discarded" })
    .where(and(eq(ingestsTable.id, id), eq(ingestsTable.status, "draft")))
    .returning({ id: ingestsTable.id });
  return done.length > 0;
}
