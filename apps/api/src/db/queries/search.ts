import { type SQL, sql } from "drizzle-orm";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../../lib/fts";
import type { Database } from "../client";
import { sourceVisible } from "./visibility";

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
  /** The FTS rowid: the last part of the sort key, for the keyset cursor. */
  rid: number;
};

/** The sort key of a hit: bm25 score (best first), then kind, then rowid, all ascending. */
export type SearchKey = { score: number; type: SearchType; rid: number };

const snippet = (table: string) =>
  sql.raw(`snippet(${table}, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16)`);

type Part = {
  type: SearchType;
  fts: string;
  /** The rank (bm25 with the kind's column weights) and the rowid, as SQL expressions. */
  score: string;
  rid: string;
  hits: (n: number, match: string, after: SQL) => SQL;
};

// Per kind: its FTS table and its top `n` public matches by bm25 (lower is better; titles weigh
// more than bodies), after the cursor's key.
const EVENT_SCORE = "bm25(events_public_fts, 3.0, 1.0)";
const CLAIM_SCORE = "bm25(claims_public_fts, 2.0, 1.0)";
const SOURCE_SCORE = "bm25(sources_fts, 3.0, 1.0)";
const PARTS: Part[] = [
  {
    type: "event",
    fts: "events_public_fts",
    score: EVENT_SCORE,
    rid: "rowid",
    hits: (
      n,
      match,
      after,
    ) => sql`SELECT 'event' AS type, rowid AS rid, ${sql.raw(EVENT_SCORE)} AS score
      FROM events_public_fts WHERE events_public_fts MATCH ${match} AND ${after} ORDER BY score, rid LIMIT ${n}`,
  },
  {
    type: "claim",
    fts: "claims_public_fts",
    score: CLAIM_SCORE,
    rid: "rowid",
    hits: (
      n,
      match,
      after,
    ) => sql`SELECT 'claim' AS type, rowid AS rid, ${sql.raw(CLAIM_SCORE)} AS score
      FROM claims_public_fts WHERE claims_public_fts MATCH ${match} AND ${after} ORDER BY score, rid LIMIT ${n}`,
  },
  {
    type: "source",
    fts: "sources_fts",
    score: SOURCE_SCORE,
    rid: "sources_fts.rowid",
    hits: (
      n,
      match,
      after,
    ) => sql`SELECT 'source' AS type, sources_fts.rowid AS rid, ${sql.raw(SOURCE_SCORE)} AS score
      FROM sources_fts CROSS JOIN sources s ON s.rowid = sources_fts.rowid
      WHERE sources_fts MATCH ${match} AND ${sourceVisible("public", "s")} AND ${after} ORDER BY score, rid LIMIT ${n}`,
  },
];

const ALIAS: Record<SearchType, string> = { event: "e", claim: "c", source: "s" };

/**
 * Full-text search over published events, claims and sources in one statement.
 *
 * Claims and events are matched in claims_public_fts / events_public_fts, which hold only public
 * rows (migrations/0002_search_public_fts.sql), so ranking is one FTS5 scan per kind with no
 * read of the base table per match: joining every match back to check its status cost most of
 * the query at 100k claims (a common word matches ~30k). Sources stay in sources_fts, since
 * whether one is public depends on the claims citing it; CROSS JOIN keeps the FTS scan first
 * (the planner may otherwise walk the base table and probe the index once per row).
 *
 * Each kind keeps its own top `limit`, the kinds are merged, and only that final page is joined
 * back to its rows and gets a snippet. The snippets come from ONE more scan per kind that keeps
 * just the page's rowids (`+rowid` so FTS5 is not handed a rowid lookup): a lookup per hit
 * re-expands the query's last-term prefix each time, which cost about a millisecond per hit
 * for a common word, more than ranking itself.
 */
export async function searchRecords(
  db: Database,
  match: string,
  opts: SearchOptions,
): Promise<SearchHitRow[]> {
  return db.all<SearchHitRow>(searchStatement(match, opts));
}

export type SearchOptions = {
  types: readonly SearchType[];
  /** Rows to return: a page and one more tells the caller whether another page exists. */
  limit: number;
  /** The last hit of the previous page: only hits sorting after it. */
  after?: SearchKey;
};

/**
 * The keyset condition for one kind's hits. The kind is constant within a part, so the
 * three-column comparison folds to a score comparison before, at or after the cursor's kind.
 * bm25 is an FTS5 auxiliary function, usable in WHERE next to MATCH.
 */
function afterKey(p: Part, after: SearchKey | undefined): SQL {
  if (!after) return sql`1`;
  const score = sql.raw(p.score);
  const rid = sql.raw(p.rid);
  if (p.type < after.type) return sql`${score} > ${after.score}`;
  if (p.type > after.type) return sql`${score} >= ${after.score}`;
  return sql`(${score} > ${after.score} OR (${score} = ${after.score} AND ${rid} > ${after.rid}))`;
}

/** The statement `searchRecords` runs (exported for its query-plan test). */
export function searchStatement(match: string, opts: SearchOptions): SQL {
  const parts = PARTS.filter((p) => opts.types.includes(p.type));
  const hits = sql.join(
    parts.map((p) => sql`SELECT * FROM (${p.hits(opts.limit, match, afterKey(p, opts.after))})`),
    sql` UNION ALL `,
  );
  const snippets = parts.map(
    (p) => sql`, ${sql.raw(`${ALIAS[p.type]}_snip`)} AS MATERIALIZED (
      SELECT rowid AS rid, ${snippet(p.fts)} AS snip FROM ${sql.raw(p.fts)}
      WHERE ${sql.raw(p.fts)} MATCH ${match}
        AND +rowid IN (SELECT rid FROM top WHERE type = ${p.type}))`,
  );
  const snippetJoins = parts.map((p) => {
    const a = `${ALIAS[p.type]}_snip`;
    return sql.raw(`LEFT JOIN ${a} ON top.type = '${p.type}' AND ${a}.rid = top.rid`);
  });
  const snippetOf = sql.raw(
    parts.length === 1
      ? `${ALIAS[parts[0]?.type ?? "claim"]}_snip.snip`
      : `COALESCE(${parts.map((p) => `${ALIAS[p.type]}_snip.snip`).join(", ")})`,
  );
  return sql`
    WITH top AS MATERIALIZED (SELECT type, rid, score FROM (${hits}) ORDER BY score, type, rid LIMIT ${opts.limit})
      ${sql.join(snippets, sql` `)}
    SELECT top.type AS type, top.score AS score, top.rid AS rid,
      COALESCE(e.id, c.id, s.id) AS id,
      COALESCE(e.title, c.statement, s.title) AS title,
      ${snippetOf} AS snippet
    FROM top
    LEFT JOIN events e ON top.type = 'event' AND e.rowid = top.rid
    LEFT JOIN claims c ON top.type = 'claim' AND c.rowid = top.rid
    LEFT JOIN sources s ON top.type = 'source' AND s.rowid = top.rid
    ${sql.join(snippetJoins, sql` `)}
    ORDER BY top.score, top.type, top.rid`;
}
