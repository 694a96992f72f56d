import type { Event } from "@factline/domain";
import { getTableColumns, sql } from "drizzle-orm";
import { type EventLinks, toEvent } from "../mappers";
import { type EventRow, eventsTable } from "../schema";
import { eventVisible, type Visibility } from "./visibility";

/**
 * The events columns plus each event's links as JSON arrays from correlated subqueries, so one
 * statement returns whole events (no second round trip, no N+1). Public reads only link to
 * published events.
 */
export function eventColumns(v: Visibility) {
  return {
    ...getTableColumns(eventsTable),
    actorsJson: sql<string>`(SELECT json_group_array(json_object('actorId', ea.actor_id, 'role', ea.role)) FROM event_actors ea WHERE ea.event_id = "events"."id")`,
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

/** A row selected with `eventColumns` as the domain's Event. */
export function eventFromSelect(row: EventSelectRow): Event {
  const { actorsJson, placesJson, relatedJson, ...base } = row;
  const links: EventLinks = {
    actors: JSON.parse(actorsJson ?? "[]"),
    places: JSON.parse(placesJson ?? "[]"),
    related: JSON.parse(relatedJson ?? "[]"),
  };
  return toEvent(base, links);
}
