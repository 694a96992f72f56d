import { type SQL, sql } from "drizzle-orm";

/**
 * Who is reading: "public" sees only the published record (/v1); "all" sees every status
 * (the admin API).
 */
export type Visibility = "public" | "all";

/** Options every loader takes. */
export type LoadOptions = { visibility: Visibility };

const TRUE = sql`1`;

// Raw SQL with explicit aliases: these fragments are used inside correlated subqueries, where
// drizzle's "table"."column" rendering would bind to the wrong table.
const claimPublic = (alias: string) =>
  `(${alias}.status = 'published' AND ${alias}.merged_into IS NULL)`;
const eventPublic = (alias: string) =>
  `(${alias}.status = 'published' AND ${alias}.merged_into IS NULL)`;
// A source is cited when a published claim names it as claimant or quotes it as evidence.
const sourceCited = (ref: string) =>
  `(EXISTS (SELECT 1 FROM claims vc WHERE vc.source_id = ${ref} AND ${claimPublic("vc")})` +
  ` OR EXISTS (SELECT 1 FROM evidence ve JOIN claims vc ON vc.id = ve.claim_id` +
  ` WHERE ve.source_id = ${ref} AND ${claimPublic("vc")}))`;

/** A published event row (alias or table name `ref`), not merged away. */
export function eventVisible(v: Visibility, ref = "events"): SQL {
  return v === "all" ? TRUE : sql.raw(eventPublic(ref));
}

/** A published claim row, not merged away. */
export function claimVisible(v: Visibility, ref = "claims"): SQL {
  return v === "all" ? TRUE : sql.raw(claimPublic(ref));
}

// The same rules for rows a statement has already chosen by key (an id list, a foreign key).
// The unary `+` keeps SQLite from walking a status index to apply them: D1 keeps no table
// statistics, so the planner takes `status = 'published'` for a selective equality and reads
// every published row to keep the few the key names (an event's claims read all 100k claims).
const byKey = (alias: string) =>
  `(+${alias}.status = 'published' AND ${alias}.merged_into IS NULL)`;

/** `eventVisible` for events already chosen by key: never drives the plan (see `byKey`). */
export function eventVisibleByKey(v: Visibility, ref = "events"): SQL {
  return v === "all" ? TRUE : sql.raw(byKey(ref));
}

/** `claimVisible` for claims already chosen by key: never drives the plan (see `byKey`). */
export function claimVisibleByKey(v: Visibility, ref = "claims"): SQL {
  return v === "all" ? TRUE : sql.raw(byKey(ref));
}

/**
 * An active source that a published claim cites (as claimant or evidence), or that is embedded
 * in such a source (the post quoted inside a cited article).
 */
export function sourceVisible(v: Visibility, ref = "sources"): SQL {
  if (v === "all") return TRUE;
  return sql.raw(
    `(${ref}.status = 'active' AND ${ref}.merged_into IS NULL AND (${sourceCited(`${ref}.id`)}` +
      ` OR EXISTS (SELECT 1 FROM sources vp WHERE vp.id = ${ref}.embedded_in` +
      ` AND vp.status = 'active' AND vp.merged_into IS NULL AND ${sourceCited("vp.id")})))`,
  );
}

/** An active actor taking part in a published event or speaking in a published claim. */
export function actorVisible(v: Visibility, ref = "actors"): SQL {
  if (v === "all") return TRUE;
  return sql.raw(
    `(${ref}.status = 'active' AND ${ref}.merged_into IS NULL AND (` +
      `EXISTS (SELECT 1 FROM event_actors va JOIN events ve ON ve.id = va.event_id` +
      ` WHERE va.actor_id = ${ref}.id AND ${eventPublic("ve")})` +
      ` OR EXISTS (SELECT 1 FROM claims vc WHERE vc.actor_id = ${ref}.id AND ${claimPublic("vc")})))`,
  );
}

/**
 * A source that is active and not merged: all `sourceVisible` asks once a published claim is
 * known to cite it (cheaper inside loaders that reach sources through public claims).
 */
export function sourceActive(v: Visibility, ref = "sources"): SQL {
  return v === "all" ? TRUE : sql.raw(`(${ref}.status = 'active' AND ${ref}.merged_into IS NULL)`);
}

/** An actor that is active and not merged: enough once it is reached through public records. */
export function actorActive(v: Visibility, ref = "actors"): SQL {
  return v === "all" ? TRUE : sql.raw(`(${ref}.status = 'active' AND ${ref}.merged_into IS NULL)`);
}
