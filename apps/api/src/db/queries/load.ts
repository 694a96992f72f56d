import type { Actor, Claim, Event, Source } from "@factline/domain";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toActor, toClaim, toEvent, toSource } from "../mappers";
import {
  actorsTable,
  claimEventsTable,
  claimsTable,
  eventActorsTable,
  eventPlacesTable,
  eventRelationsTable,
  eventsTable,
  evidenceTable,
  reviewsTable,
  sourcesTable,
} from "../schema";
import { actorVisible, sourceVisible } from "./visibility";

// Writes read the exact stored state by id, whatever the status (drafts, retracted, merged),
// in one batch, as the "before" of the revision diff and the version the guard expects.

/** An event in any status, with `mergedInto`; null when there is no such id. */
export async function loadEvent(
  db: Database,
  id: string,
): Promise<{ event: Event; mergedInto: string | null } | null> {
  const [rows, actors, places, related] = await db.batch([
    db.select().from(eventsTable).where(eq(eventsTable.id, id)),
    db.select().from(eventActorsTable).where(eq(eventActorsTable.eventId, id)),
    db.select().from(eventPlacesTable).where(eq(eventPlacesTable.eventId, id)),
    db.select().from(eventRelationsTable).where(eq(eventRelationsTable.eventId, id)),
  ]);
  const row = rows[0];
  if (!row) return null;
  return { event: toEvent(row, { actors, places, related }), mergedInto: row.mergedInto };
}

/** A claim in any status, with evidence, current review and `mergedInto`. */
export async function loadClaim(
  db: Database,
  id: string,
): Promise<{ claim: Claim; mergedInto: string | null } | null> {
  const [rows, events, evidence, reviews] = await db.batch([
    db.select().from(claimsTable).where(eq(claimsTable.id, id)),
    db.select().from(claimEventsTable).where(eq(claimEventsTable.claimId, id)),
    db.select().from(evidenceTable).where(eq(evidenceTable.claimId, id)),
    db.select().from(reviewsTable).where(eq(reviewsTable.claimId, id)),
  ]);
  const row = rows[0];
  if (!row) return null;
  const claim = toClaim(row, { eventIds: events.map((e) => e.eventId), evidence, reviews });
  return { claim, mergedInto: row.mergedInto };
}

/**
 * The claims matching `where` (a condition on the claims table), with their links, in one
 * batch. Links are selected by sub-query rather than an id list: D1 binds at most 100
 * parameters a statement.
 */
export async function loadClaimsWhere(db: Database, where: SQL | undefined): Promise<Claim[]> {
  const ids = db.select({ id: claimsTable.id }).from(claimsTable).where(where);
  const [rows, events, evidence, reviews] = await db.batch([
    db.select().from(claimsTable).where(where).orderBy(claimsTable.id),
    db.select().from(claimEventsTable).where(inArray(claimEventsTable.claimId, ids)),
    db.select().from(evidenceTable).where(inArray(evidenceTable.claimId, ids)),
    db.select().from(reviewsTable).where(inArray(reviewsTable.claimId, ids)),
  ]);
  const group = <T extends { claimId: string }>(list: T[]) => {
    const out = new Map<string, T[]>();
    for (const item of list) out.set(item.claimId, [...(out.get(item.claimId) ?? []), item]);
    return out;
  };
  const ev = group(events);
  const evd = group(evidence);
  const rv = group(reviews);
  return rows.map((row) =>
    toClaim(row, {
      eventIds: (ev.get(row.id) ?? []).map((e) => e.eventId),
      evidence: evd.get(row.id) ?? [],
      reviews: rv.get(row.id) ?? [],
    }),
  );
}

/** A source in any status, and whether readers can see it now (the public API's rule). */
export async function loadSource(
  db: Database,
  id: string,
): Promise<{ source: Source; mergedInto: string | null; isPublic: boolean } | null> {
  const [rows, visible] = await db.batch([
    db.select().from(sourcesTable).where(eq(sourcesTable.id, id)),
    db
      .select({ n: sql<number>`count(*)` })
      .from(sourcesTable)
      .where(and(eq(sourcesTable.id, id), sourceVisible("public"))),
  ]);
  const row = rows[0];
  if (!row) return null;
  return { source: toSource(row), mergedInto: row.mergedInto, isPublic: (visible[0]?.n ?? 0) > 0 };
}

/** The domain's Actor has no status; admins see it, and revisions record it. */
export type AdminActor = Actor & { status: "active" | "retracted" };

/** An actor as admins see it (with status), or null. */
export async function loadAdminActor(db: Database, id: string) {
  const found = await loadActor(db, id);
  if (!found) return null;
  const actor: AdminActor = { ...found.actor, status: found.status };
  return { ...found, actor };
}

/** An actor in any status, and whether readers can see it now (the public API's rule). */
export async function loadActor(
  db: Database,
  id: string,
): Promise<{
  actor: Actor;
  status: "active" | "retracted";
  mergedInto: string | null;
  isPublic: boolean;
} | null> {
  const [rows, visible] = await db.batch([
    db.select().from(actorsTable).where(eq(actorsTable.id, id)),
    db
      .select({ n: sql<number>`count(*)` })
      .from(actorsTable)
      .where(and(eq(actorsTable.id, id), actorVisible("public"))),
  ]);
  const row = rows[0];
  if (!row) return null;
  const isPublic = (visible[0]?.n ?? 0) > 0;
  return { actor: toActor(row), status: row.status, mergedInto: row.mergedInto, isPublic };
}
