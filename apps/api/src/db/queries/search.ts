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
 * Full-text search over published events, claims and sources in one statement. Each FTS5 table
 * is matched and joined to its base table by rowid to keep only public records, ranked by bm25
 * (lower is better; titles weigh more than bodies); only the top `limit` hits then get a
 * snippet and their record's columns. snippet() costs far more than bm25, so computing it for
 * every match (tens of thousands for a common word at 100k claims) would dominate the query.
 */
export async function searchRecords(
  db: Database,
  match: string,
  opts: { types: readonly SearchType[]; limit: number },
): Promise<SearchHitRow[]> {
  const parts = [];
  if (opts.types.includes("event")) {
    parts.push(sql`SELECT 'event' AS type, events_fts.rowid AS rid, bm25(events_fts, 3.0, 1.0) AS score
      FROM events_fts JOIN events e ON e.rowid = events_fts.rowid
      WHERE events_fts MATCH ${match} AND ${eventVisible("public", "e")}`);
  }
  if (opts.types.includes("claim")) {
    parts.push(sql`SELECT 'claim' AS type, claims_fts.rowid AS rid, bm25(claims_fts, 2.0, 1.0) AS score
      FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
      WHERE claims_fts MATCH ${match} AND ${claimVisible("public", "c")}`);
  }
  if (opts.types.includes("source")) {
    parts.push(sql`SELECT 'source' AS type, sources_fts.rowid AS rid, bm25(sources_fts, 3.0, 1.0) AS score
      FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid
      WHERE sources_fts MATCH ${match} AND ${sourceVisible("public", "s")}`);
  }
  const hits = sql.join(parts, sql` UNION ALL `);
  return db.all<SearchHitRow>(sql`
    WITH top AS (SELECT type, rid, score FROM (${hits}) ORDER BY score, type, rid LIMIT ${opts.limit})
    SELECT top.type AS type, top.score AS score,
      COALESCE(e.id, c.id, s.id) AS id,
      COALESCE(e.title, c.statement, s.title) AS title,
      CASE top.type
        WHEN 'event' THEN (SELECT ${snippet("events_fts")} FROM events_fts WHERE events_fts MATCH ${match} AND events_fts.rowid = top.rid)
        WHEN 'claim' THEN (SELECT ${snippet("claims_fts")} FROM claims_fts WHERE claims_fts MATCH ${match} AND claims_fts.rowid = top.rid)
        ELSE (SELECT ${snippet("sources_fts")} FROM sources_fts WHERE sources_fts MATCH ${match} AND sources_fts.rowid = top.rid)
      END AS snippet
    FROM top
    LEFT JOIN events e ON top.type = 'event' AND e.rowid = top.rid
    LEFT JOIN claims c ON top.type = 'claim' AND c.rowid = top.rid
    LEFT JOIN sources s ON top.type = 'source' AND s.rowid = top.rid
    ORDER BY top.score, top.type, top.rid`);
}
