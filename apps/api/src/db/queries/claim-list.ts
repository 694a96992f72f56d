import type { Claim } from "@factline/domain";
import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { claimsTable } from "../schema";
import { claimColumns, claimFromSelect } from "./claim-select";
import { claimVisible, claimVisibleByKey, type Visibility } from "./visibility";

/** The sort key of a claim in lists: last change, then id, both descending. */
export type ClaimKey = { updatedAt: string; id: string };

export type ClaimListFilters = {
  eventId?: string;
  verdict?: string;
  modality?: string;
  /** An FTS5 MATCH expression (already made safe with `toFtsQuery`). */
  match?: string;
  updatedSince?: string;
  after?: ClaimKey;
  limit: number;
};

/** A page of claims, most recently changed first, keyset-paginated on (updated_at, id). */
export async function listClaims(
  db: Database,
  f: ClaimListFilters,
  v: Visibility = "public",
): Promise<{ items: Claim[]; hasMore: boolean; last: ClaimKey | null }> {
  const rows = await claimListQuery(db, f, v);
  const hasMore = rows.length > f.limit;
  const items = rows.slice(0, f.limit).map(claimFromSelect);
  const lastItem = items[items.length - 1];
  return {
    items,
    hasMore,
    last: lastItem ? { updatedAt: lastItem.updatedAt, id: lastItem.id } : null,
  };
}

/** The statement behind `listClaims` (exported for EXPLAIN QUERY PLAN checks). */
export function claimListQuery(db: Database, f: ClaimListFilters, v: Visibility = "public") {
  // An event's claims (through claim_events) and a text's matches (through claims_fts) are found
  // first and then sorted: bounded by how many there are. Left to the status index, SQLite walks
  // every published claim by date testing each against the filter (it has no statistics to
  // tell which side is selective): 95k rows for a rare word at 100k claims.
  const byKey = Boolean(f.eventId || f.match);
  const where: (SQL | undefined)[] = [byKey ? claimVisibleByKey(v) : claimVisible(v)];
  if (f.eventId) {
    where.push(
      sql`${claimsTable.id} IN (SELECT ce.claim_id FROM claim_events ce WHERE ce.event_id = ${f.eventId})`,
    );
  }
  // The current verdict is stored on the claim (claims_status_verdict_updated_idx).
  if (f.verdict)
    where.push(eq(claimsTable.verdict, f.verdict as NonNullable<Claim["review"]>["verdict"]));
  if (f.modality) where.push(eq(claimsTable.modality, f.modality as Claim["modality"]));
  if (f.match) {
    where.push(
      sql`${claimsTable}.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ${f.match})`,
    );
  }
  if (f.updatedSince) where.push(gt(claimsTable.updatedAt, f.updatedSince));
  if (f.after) {
    where.push(
      sql`(${claimsTable.updatedAt} < ${f.after.updatedAt} OR (${claimsTable.updatedAt} = ${f.after.updatedAt} AND ${claimsTable.id} < ${f.after.id}))`,
    );
  }
  return db
    .select(claimColumns(v))
    .from(claimsTable)
    .where(and(...where))
    .orderBy(desc(claimsTable.updatedAt), desc(claimsTable.id))
    .limit(f.limit + 1);
}
