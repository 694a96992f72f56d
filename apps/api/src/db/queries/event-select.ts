import type { Event, PublicEvent } from "@factline/domain";
import { getTableColumns, sql } from "drizzle-orm";
import { type EventLinks, toEvent, toPublicEvent } from "../mappers";
import { type EventRow, eventsTable } from "../schema";
import { eventVisible, type Visibility } from "./visibility";

/**
 * The events columns plus each event's links as JSON arrays from correlated subqueries, so one
 * statement returns whole events (no second round trip, no N+1). Public reads only link to
 * published events. Each actor link carries the actor's name and kind (a primary-key lookup per
 * link), so public lists name their actors without a request per actor.
 */
export function eventColumns(v: Visibility) {
  return {
    ...getTableColumns(eventsTable),
    actorsJson: sql<string>`(SELECT json_group_array(json_object('actorId', ea.actor_id, 'role', ea.role, 'name', a.name, 'kind', a.kind)) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = "events"."id")`,
    placesJson: sql<string>`(SELECT json_group_array(json_object('country', ep.country)) FROM event_places ep WHERE ep.event_id = "events"."id")`,
    relatedJson: sql<string>`(SELECT json_group_array(json_object('relatedEventId', er.related_event_id, 'relation', er.relation)) FROM event_relations er JOIN events re ON re.id = er.related_event_id WHERE er.event_id = "events"."id" AND ${eventVisible(v, "re")})`,
  };
}

/** A row selected with `eventColumns`. */
export type EventSelectRow = EventRow & {
  actorsJson: string;
  placesJson: string;
  relatedJson: string;
};

function parseLinks(row: EventSelectRow): [EventRow, EventLinks] {
  const { actorsJson, placesJson, relatedJson, ...base } = row;
  return [
    base,
    {
      actors: JSON.parse(actorsJson ?? "[]"),
      places: JSON.parse(placesJson ?? "[]"),
      related: JSON.parse(relatedJson ?? "[]"),
    },
  ];
}

/** A row selected with `eventColumns` as the domain's Event. */
export function eventFromSelect(row: EventSelectRow): Event {
  return toEvent(...parseLinks(row));
}

/** A row selected with `eventColumns` as the public API shows it (actors named). */
export function publicEventFromSelect(row: EventSelectRow): PublicEvent {
  return toPublicEvent(...parseLinks(row));
}
