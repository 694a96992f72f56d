import type { Claim, Source } from "@factline/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { toSource } from "../mappers";
import { claimsTable, sourcesTable } from "../schema";
import { claimColumns, claimFromSelect } from "./claim-select";
import { type Lookup, mergedTarget } from "./lookup";
import { claimVisibleByKey, type LoadOptions, sourceVisible } from "./visibility";

/** How many claims a source detail lists; the claims list filters for the rest. */
export const SOURCE_DETAIL_CLAIMS = 100;

/** A source with the sources embedded in it and the claims it makes or supports. */
export type SourceDetail = {
  source: Source;
  /** The source it is embedded in, when it is a quoted post. */
  embeddedIn: Source | null;
  /** Sources embedded in it (posts quoted in an article). */
  embeds: Source[];
  /** Claims it makes or that quote it as evidence (at most SOURCE_DETAIL_CLAIMS). */
  claims: Claim[];
  mergedInto: string | null;
};

/**
 * One source, in one statement. Public visibility: active sources cited by a published claim
 * (or embedded in one that is); a merged loser is `null`.
 */
export async function getSource(
  db: Database,
  id: string,
  opts: LoadOptions,
): Promise<Source | null> {
  const rows = await db
    .select()
    .from(sourcesTable)
    .where(and(eq(sourcesTable.id, id), sourceVisible(opts.visibility)))
    .limit(1);
  return rows[0] ? toSource(rows[0]) : null;
}

/** A source with its embeds and claims: one D1 batch. */
export async function getSourceDetail(
  db: Database,
  id: string,
  opts: LoadOptions,
): Promise<Lookup<SourceDetail>> {
  const v = opts.visibility;
  const [rows, visibleRows, relatedRows, claimRows] = await db.batch([
    db.select().from(sourcesTable).where(eq(sourcesTable.id, id)).limit(1),
    db
      .select({ id: sourcesTable.id })
      .from(sourcesTable)
      .where(and(eq(sourcesTable.id, id), sourceVisible(v))),
    db
      .select()
      .from(sourcesTable)
      .where(
        and(
          sql`(${sourcesTable.embeddedIn} = ${id} OR ${sourcesTable.id} = (SELECT s.embedded_in FROM sources s WHERE s.id = ${id}))`,
          sourceVisible(v),
        ),
      )
      .orderBy(sourcesTable.id),
    db
      .select(claimColumns(v))
      .from(claimsTable)
      .where(
        and(
          sql`(${claimsTable.sourceId} = ${id} OR ${claimsTable.id} IN (SELECT e.claim_id FROM evidence e WHERE e.source_id = ${id}))`,
          claimVisibleByKey(v),
        ),
      )
      .orderBy(claimsTable.id)
      .limit(SOURCE_DETAIL_CLAIMS),
  ]);
  const row = rows[0];
  const merged = mergedTarget(row, v);
  if (merged) return { status: "merged", mergedInto: merged };
  if (!row || visibleRows.length === 0) return { status: "missing" };
  const related = relatedRows.map(toSource);
  return {
    status: "found",
    record: {
      source: toSource(row),
      embeddedIn: related.find((s) => s.id === row.embeddedIn) ?? null,
      embeds: related.filter((s) => s.embeddedIn === row.id),
      claims: claimRows.map(claimFromSelect),
      mergedInto: row.mergedInto,
    },
  };
}
