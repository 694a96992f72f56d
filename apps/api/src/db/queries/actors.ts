import type { Actor, Event } from "@factline/domain";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toActor } from "../mappers";
import { actorsTable, eventsTable } from "../schema";
import { eventColumns, eventFromSelect } from "./event-select";
import { type Lookup, mergedTarget } from "./lookup";
import { actorVisible, eventVisibleByKey, type LoadOptions } from "./visibility";

/** How many events an actor detail lists; `GET /v1/events?actor=` pages through the rest. */
export const ACTOR_DETAIL_EVENTS = 100;

/** An actor with the events it takes part in (latest first). */
export type ActorDetail = { actor: Actor; events: Event[]; mergedInto: string | null };

/** An actor and its events: one D1 batch. */
export async function getActorDetail(
  db: Database,
  id: string,
  opts: LoadOptions,
): Promise<Lookup<ActorDetail>> {
  const v = opts.visibility;
  const [rows, visibleRows, eventRows] = await db.batch([
    db.select().from(actorsTable).where(eq(actorsTable.id, id)).limit(1),
    db
      .select({ id: actorsTable.id })
      .from(actorsTable)
      .where(and(eq(actorsTable.id, id), actorVisible(v))),
    db
      .select(eventColumns(v))
      .from(eventsTable)
      .where(
        and(
          sql`${eventsTable.id} IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id = ${id})`,
          eventVisibleByKey(v),
        ),
      )
      .orderBy(desc(eventsTable.dateEarliest), desc(eventsTable.id))
      .limit(ACTOR_DETAIL_EVENTS),
  ]);
  const row = rows[0];
  const merged = mergedTarget(row, v);
  if (merged) return { status: "merged", mergedInto: merged };
  if (!row || visibleRows.length === 0) return { status: "missing" };
  return {
    status: "found",
    record: {
      actor: toActor(row),
      events: eventRows.map(eventFromSelect),
      mergedInto: row.mergedInto,
    },
  };
}
