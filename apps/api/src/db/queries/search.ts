import { sql } from "drizzle-orm";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../../lib/fts";
import type { Database } from "../client";
import { claimVisible, eventVisible, sourceVisible } from "./visibility";

/** The record kinds full-text search covers. */
export const SEARCH_TYPES = ["event", "claim", "source"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** One search hit: what it is, its title, a snippet with the match marked, and its rank. */
export type SearchHitRow = {
  type: SearchType;
  id: string;
  title: string;
  snippet: string;
  score: number;
};

const snippet = (table: string) =>
  sql.raw(`snippet(${table}, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16)`);

/**
 * Full-text search over published events, claims and sources in one statement: each FTS5 table
 * is matched, joined to its base table by rowid to keep only public records, and ranked by
 * bm25 (lower is better; titles weigh more than bodies).
 */
export async function searchRecords(
  db: Database,
  match: string,
  opts: { types: readonly SearchType[]; limit: number },
): Promise<SearchHitRow[]> {
  const parts = [];
  if (opts.types.includes("event")) {
    parts.push(sql`SELECT 'event' AS type, e.id AS id, e.title AS title, ${snippet("events_fts")} AS snippet, bm25(events_fts, 3.0, 1.0) AS score
      FROM events_fts JOIN events e ON e.rowid = events_fts.rowid
      WHERE events_fts MATCH ${match} AND ${eventVisible("public", "e")}`);
  }
  if (opts.types.includes("claim")) {
    parts.push(sql`SELECT 'claim' AS type, c.id AS id, c.statement AS title, ${snippet("claims_fts")} AS snippet, bm25(claims_fts, 2.0, 1.0) AS score
      FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
      WHERE claims_fts MATCH ${match} AND ${claimVisible("public", "c")}`);
  }
  if (opts.types.includes("source")) {
    parts.push(sql`SELECT 'source' AS type, s.id AS id, s.title AS title, ${snippet("sources_fts")} AS snippet, bm25(sources_fts, 3.0, 1.0) AS score
      FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid
      WHERE sources_fts MATCH ${match} AND ${sourceVisible("public", "s")}`);
  }
  const union = sql.join(parts, sql` UNION ALL `);
  return db.all<SearchHitRow>(sql`${union} ORDER BY score, id LIMIT ${opts.limit}`);
}
