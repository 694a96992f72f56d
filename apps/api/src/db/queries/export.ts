import type { Actor, Claim, Event, Source } from "@factline/domain";
import { and, asc, gt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toActor, toSource } from "../mappers";
import { actorsTable, changesTable, claimsTable, eventsTable, sourcesTable } from "../schema";
import { claimColumns, claimFromSelect } from "./claim-select";
import { eventColumns, eventFromSelect } from "./event-select";
import { actorVisible, claimVisible, eventVisible, sourceVisible } from "./visibility";

/** The record kinds the export writes, in order, then the tombstones. */
export const EXPORT_KINDS = ["actor", "source", "event", "claim", "tombstone"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A retracted or merged record, so an importer can delete or redirect its copy. */
export type Tombstone = {
  recordType: string;
  recordId: string;
  action: "retract" | "merge";
  mergedInto: string | null;
  at: string;
  seq: number;
};

export type ExportRecord =
  | { type: "actor"; record: Actor }
  | { type: "source"; record: Source }
  | { type: "event"; record: Event }
  | { type: "claim"; record: Claim }
  | { type: "tombstone"; record: Tombstone };

/**
 * One chunk of one kind of public record, ordered by id (seq for tombstones), after `after`.
 * Each chunk is one statement; the export streams chunk after chunk.
 */
export async function exportChunk(
  db: Database,
  kind: ExportKind,
  after: string,
  size: number,
): Promise<{ records: ExportRecord[]; last: string | null }> {
  const lastOf = <T extends { id: string }>(xs: T[]) => xs[xs.length - 1]?.id ?? null;
  switch (kind) {
    case "actor": {
      const rows = await db
        .select()
        .from(actorsTable)
        .where(and(gt(actorsTable.id, after), actorVisible("public")))
        .orderBy(asc(actorsTable.id))
        .limit(size);
      return {
        records: rows.map((r) => ({ type: "actor", record: toActor(r) })),
        last: lastOf(rows),
      };
    }
    case "source": {
      const rows = await db
        .select()
        .from(sourcesTable)
        .where(and(gt(sourcesTable.id, after), sourceVisible("public")))
        .orderBy(asc(sourcesTable.id))
        .limit(size);
      return {
        records: rows.map((r) => ({ type: "source", record: toSource(r) })),
        last: lastOf(rows),
      };
    }
    case "event": {
      const rows = await db
        .select(eventColumns("public"))
        .from(eventsTable)
        .where(and(gt(eventsTable.id, after), eventVisible("public")))
        .orderBy(asc(eventsTable.id))
        .limit(size);
      return {
        records: rows.map((r) => ({ type: "event", record: eventFromSelect(r) })),
        last: lastOf(rows),
      };
    }
    case "claim": {
      const rows = await db
        .select(claimColumns("public"))
        .from(claimsTable)
        .where(and(gt(claimsTable.id, after), claimVisible("public")))
        .orderBy(asc(claimsTable.id))
        .limit(size);
      return {
        records: rows.map((r) => ({ type: "claim", record: claimFromSelect(r) })),
        last: lastOf(rows),
      };
    }
    case "tombstone": {
      // The latest change of each record, when that change took it out of the public record.
      const rows = await db
        .select()
        .from(changesTable)
        .where(
          and(
            gt(changesTable.seq, Number(after || 0)),
            sql`${changesTable.action} IN ('retract', 'merge')`,
            sql`${changesTable.seq} = (SELECT MAX(c2.seq) FROM changes c2 WHERE c2.record_type = ${changesTable.recordType} AND c2.record_id = ${changesTable.recordId})`,
          ),
        )
        .orderBy(asc(changesTable.seq))
        .limit(size);
      return {
        records: rows.map((r) => ({
          type: "tombstone",
          record: {
            recordType: r.recordType,
            recordId: r.recordId,
            action: r.action as Tombstone["action"],
            mergedInto: r.mergedInto,
            at: r.at,
            seq: r.seq,
          },
        })),
        last: rows.length ? String(rows[rows.length - 1]?.seq) : null,
      };
    }
  }
}

/**
 * The latest `updated_at` of a table over every status, as one index seek per status on its
 * (status, updated_at, …) index. A bare MAX(updated_at) read every row of the table (the index
 * leads with status), 100k rows at 100k claims, on every export request and its 304.
 */
function latestUpdate(table: string, statuses: readonly string[]) {
  const parts = statuses.map(
    (s) => `SELECT MAX(updated_at) AS m FROM ${table} WHERE status = '${s.replace(/'/g, "''")}'`,
  );
  return sql.raw(`(SELECT MAX(m) FROM (${parts.join(" UNION ALL ")}))`);
}

/** A version token for the export: changes whenever any exported record or tombstone does. */
export function exportVersionQuery(db: Database) {
  return db
    .select({
      seq: sql<number | null>`(SELECT MAX(seq) FROM changes)`,
      events: sql<string | null>`${latestUpdate("events", eventsTable.status.enumValues)}`,
      claims: sql<string | null>`${latestUpdate("claims", claimsTable.status.enumValues)}`,
      sources: sql<string | null>`(SELECT MAX(updated_at) FROM sources)`,
      actors: sql<string | null>`(SELECT MAX(updated_at) FROM actors)`,
    })
    .from(sql`(SELECT 1)`);
}
