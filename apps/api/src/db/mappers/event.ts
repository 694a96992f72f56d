import type {
  ActorKind,
  Event,
  EventActor,
  EventKind,
  PublicEvent,
  RelatedEvent,
} from "@factline/domain";
import type { EventRow } from "../schema";
import { toPartialDate } from "./partial-date";

/** The link rows an Event is assembled from, each already filtered to this event. */
export type EventLinks = {
  /** `name` and `kind` are the actor's own, present when the read joined them (public reads). */
  actors: readonly { actorId: string; role: EventActor["role"]; name?: string; kind?: ActorKind }[];
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

/**
 * An event as the public API shows it: `toEvent`, each actor with its name and kind from the
 * link rows (the same order, so the bytes stay stable).
 */
export function toPublicEvent(row: EventRow, links: EventLinks): PublicEvent {
  const named = new Map(links.actors.map((a) => [a.actorId, a]));
  const event = toEvent(row, links);
  return {
    ...event,
    // Every link row was joined to its actor, so each has a name and kind.
    actors: event.actors.flatMap((a) => {
      const { name, kind } = named.get(a.actorId) ?? {};
      return name !== undefined && kind !== undefined ? [{ ...a, name, kind }] : [];
    }),
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
