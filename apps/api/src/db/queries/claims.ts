import type { Actor, Claim, Event, Source } from "@factline/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toActor, toSource } from "../mappers";
import { actorsTable, claimsTable, eventsTable, sourcesTable } from "../schema";
import { claimColumns, claimFromSelect } from "./claim-select";
import { eventColumns, eventFromSelect } from "./event-select";
import { type Lookup, mergedTarget } from "./lookup";
import {
  actorActive,
  claimVisible,
  eventVisibleByKey,
  type LoadOptions,
  sourceActive,
} from "./visibility";

/** A claim with the records it points at, as its detail page shows it. */
export type ClaimDetail = {
  claim: Claim;
  /** The events it is about. */
  events: Event[];
  /** The claimant source and every source its evidence quotes. */
  sources: Source[];
  /** The claimant actor, when an actor speaks. */
  actors: Actor[];
  mergedInto: string | null;
};

/**
 * One claim with its evidence and current review, in one statement. Public visibility: only
 * published claims; a merged loser is `null` (use `getClaimDetail` to learn the winner).
 */
export async function getClaim(db: Database, id: string, opts: LoadOptions): Promise<Claim | null> {
  const rows = await db
    .select(claimColumns(opts.visibility))
    .from(claimsTable)
    .where(and(eq(claimsTable.id, id), claimVisible(opts.visibility)))
    .limit(1);
  return rows[0] ? claimFromSelect(rows[0]) : null;
}

/** A claim with its events, sources and actor: one D1 batch. */
export async function getClaimDetail(
  db: Database,
  id: string,
  opts: LoadOptions,
): Promise<Lookup<ClaimDetail>> {
  const v = opts.visibility;
  const [claimRows, eventRows, sourceRows, actorRows] = await db.batch([
    db.select(claimColumns(v)).from(claimsTable).where(eq(claimsTable.id, id)).limit(1),
    db
      .select(eventColumns(v))
      .from(eventsTable)
      .where(
        and(
          sql`${eventsTable.id} IN (SELECT ce.event_id FROM claim_events ce WHERE ce.claim_id = ${id})`,
          eventVisibleByKey(v),
        ),
      )
      .orderBy(eventsTable.id),
    db
      .select()
      .from(sourcesTable)
      .where(
        and(
          sql`(${sourcesTable.id} IN (SELECT c.source_id FROM claims c WHERE c.id = ${id})
            OR ${sourcesTable.id} IN (SELECT e.source_id FROM evidence e WHERE e.claim_id = ${id}))`,
          sourceActive(v),
        ),
      )
      .orderBy(sourcesTable.id),
    db
      .select()
      .from(actorsTable)
      .where(
        and(
          sql`${actorsTable.id} IN (SELECT c.actor_id FROM claims c WHERE c.id = ${id})`,
          actorActive(v),
        ),
      ),
  ]);
  const row = claimRows[0];
  const merged = mergedTarget(row, v);
  if (merged) return { status: "merged", mergedInto: merged };
  if (!row || (v === "public" && row.status !== "published")) return { status: "missing" };
  return {
    status: "found",
    record: {
      claim: claimFromSelect(row),
      events: eventRows.map(eventFromSelect),
      sources: sourceRows.map(toSource),
      actors: actorRows.map(toActor),
      mergedInto: row.mergedInto,
    },
  };
}
