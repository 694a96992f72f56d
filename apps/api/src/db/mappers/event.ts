import type { Event, EventActor, EventKind, RelatedEvent } from "@factline/domain";
import type { EventRow } from "../schema";
import { toPartialDate } from "./partial-date";

/** The link rows an Event is assembled from, each already filtered to this event. */
export type EventLinks = {
  actors: readonly { actorId: string; role: EventActor["role"] }[];
  places: readonly { country: string }[];
  related: readonly { relatedEventId: string; relation: RelatedEvent["relation"] }[];
};

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An events row and its link rows as the domain's Event. Links are sorted so the same record
 * always serialises to the same bytes (strong ETags depend on it).
 */
export function toEvent(row: EventRow, links: EventLinks): Event {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    // The column is free text in SQL; writes validate it against the vocabulary.
    kind: row.kind as EventKind,
    date: toPartialDate({
      value: row.dateValue,
      precision: row.datePrecision,
      earliest: row.dateEarliest,
      latest: row.dateLatest,
    }),
    places: links.places.map((p) => p.country).sort(byString),
    actors: links.actors
      .map((a) => ({ actorId: a.actorId, role: a.role }))
      .sort((a, b) => byString(a.actorId, b.actorId) || byString(a.role, b.role)),
    related: links.related
      .map((r) => ({ eventId: r.relatedEventId, relation: r.relation }))
      .sort((a, b) => byString(a.eventId, b.eventId) || byString(a.relation, b.relation)),
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
  };
}

/** Groups link rows by their event id, for assembling many events from one batch. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
