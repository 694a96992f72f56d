// The invariants a Factline database must hold, as SQL that returns one row per violation
// (`check`, `detail`). Plain SQL on purpose: the same text runs in tests against the Worker's D1
// binding and from `pnpm db:check` through `wrangler d1 execute` (local or --remote), where no
// Worker code runs. Each check is bounded (LIMIT) so a broken database still answers quickly.

/** One invariant: a name and a SELECT of its violations as (check, detail). */
export type IntegrityCheck = { name: string; why: string; sql: string };

const LIMIT = 20;

/** Records with revisions: versions 1..N, each once, N = the record's version. */
const VERSIONED = [
  ["events", "event"],
  ["claims", "claim"],
  ["sources", "source"],
  ["actors", "actor"],
  ["users", "user"],
] as const;

const revisions = VERSIONED.map(([table, type]) => ({
  name: `revisions.${table}`,
  why: "every change leaves a revision in the same batch, so the history is complete",
  sql: `SELECT 'revisions.${table}' AS "check", t.id || ' at version ' || t.version || ' has ' || coalesce(r.n, 0) || ' revisions (' || coalesce(r.lo, '-') || '..' || coalesce(r.hi, '-') || ')' AS detail
FROM ${table} t LEFT JOIN (
  SELECT record_id, count(DISTINCT version) AS n, min(version) AS lo, max(version) AS hi, count(*) AS rows
  FROM revisions WHERE record_type = '${type}' GROUP BY record_id
) r ON r.record_id = t.id
WHERE r.n IS NULL OR r.lo != 1 OR r.hi != t.version OR r.n != t.version OR r.rows != r.n
LIMIT ${LIMIT}`,
}));

/** A link column that must point at an existing record that was not merged away. */
const LINKS = [
  ["claim_events", "claim_id", "claims", false],
  ["claim_events", "event_id", "events", true],
  ["event_actors", "event_id", "events", false],
  ["event_actors", "actor_id", "actors", true],
  ["event_places", "event_id", "events", false],
  ["event_relations", "event_id", "events", false],
  ["event_relations", "related_event_id", "events", true],
  ["evidence", "claim_id", "claims", false],
  ["evidence", "source_id", "sources", true],
  ["reviews", "claim_id", "claims", false],
  ["claims", "source_id", "sources", true],
  ["claims", "actor_id", "actors", true],
  ["sources", "embedded_in", "sources", true],
  ["sessions", "user_id", "users", false],
] as const;

const links = LINKS.map(([table, column, target, notMerged]) => ({
  name: `links.${table}.${column}`,
  why: notMerged
    ? `a ${table}.${column} must name a live ${target} row (merges re-point links to the survivor)`
    : `a ${table}.${column} must name an existing ${target} row`,
  sql: `SELECT 'links.${table}.${column}' AS "check", '${table}.${column} = ' || l.${column} || ${
    notMerged
      ? "CASE WHEN x.id IS NULL THEN ' (missing)' ELSE ' (merged into ' || x.merged_into || ')' END"
      : "' (missing)'"
  } AS detail
FROM ${table} l LEFT JOIN ${target} x ON x.id = l.${column}
WHERE l.${column} IS NOT NULL AND (x.id IS NULL${notMerged ? " OR x.merged_into IS NOT NULL" : ""})
LIMIT ${LIMIT}`,
}));

const mergeCycles = (["events", "claims", "sources", "actors"] as const).map((table) => ({
  name: `merges.${table}`,
  why: "a merge chain ends at a live record; a cycle would redirect readers forever",
  sql: `SELECT 'merges.${table}' AS "check", start || ' never reaches a live record' AS detail FROM (
  WITH RECURSIVE chain(start, cur, depth) AS (
    SELECT id, merged_into, 1 FROM ${table} WHERE merged_into IS NOT NULL
    UNION ALL
    SELECT chain.start, t.merged_into, chain.depth + 1 FROM chain JOIN ${table} t ON t.id = chain.cur
    WHERE t.merged_into IS NOT NULL AND chain.depth < 64
  )
  SELECT DISTINCT start FROM chain WHERE cur = start OR depth >= 64
) LIMIT ${LIMIT}`,
}));

/**
 * The public FTS indexes hold exactly the public rows (published, not merged away): what search
 * shows readers. Their _docsize shadow tables list the indexed rowids.
 */
const publicFts = (
  [
    ["claims_public_fts", "claims"],
    ["events_public_fts", "events"],
  ] as const
).map(([fts, table]) => ({
  name: `fts.${fts}`,
  why: "search must show every public record and nothing else",
  sql: `SELECT 'fts.${fts}' AS "check", detail FROM (
  SELECT 'rowid ' || d.id || ' is indexed but not public' AS detail FROM ${fts}_docsize d
  LEFT JOIN ${table} t ON t.rowid = d.id AND t.status = 'published' AND t.merged_into IS NULL
  WHERE t.rowid IS NULL
  UNION ALL
  SELECT t.id || ' is public but not indexed' FROM ${table} t
  LEFT JOIN ${fts}_docsize d ON d.id = t.rowid
  WHERE t.status = 'published' AND t.merged_into IS NULL AND d.id IS NULL
) LIMIT ${LIMIT}`,
}));

/** The full (admin) FTS indexes hold one document per base row. */
const fullFts = (
  [
    ["events_fts", "events"],
    ["claims_fts", "claims"],
    ["sources_fts", "sources"],
  ] as const
).map(([fts, table]) => ({
  name: `fts.${fts}`,
  why: "the admin search must see every record",
  sql: `SELECT 'fts.${fts}' AS "check", detail FROM (
  SELECT 'rowid ' || d.id || ' is indexed but has no row' AS detail FROM ${fts}_docsize d
  LEFT JOIN ${table} t ON t.rowid = d.id WHERE t.rowid IS NULL
  UNION ALL
  SELECT t.id || ' is not indexed' FROM ${table} t
  LEFT JOIN ${fts}_docsize d ON d.id = t.rowid WHERE d.id IS NULL
) LIMIT ${LIMIT}`,
}));

/** The verdict stored on a claim (for `verdict=` filters) is its latest review's. */
const storedVerdict = [
  {
    name: "claims.verdict",
    why: "a claim's verdict column is written in the batch of each review, so it equals the latest review",
    sql: `SELECT 'claims.verdict' AS "check", c.id || ' stores ' || coalesce(c.verdict, 'none') || ', latest review says ' || coalesce(r.verdict, 'none') AS detail
FROM claims c LEFT JOIN reviews r ON r.id = (
  SELECT r2.id FROM reviews r2 WHERE r2.claim_id = c.id ORDER BY r2.reviewed_at DESC, r2.id DESC LIMIT 1
)
WHERE c.verdict IS NOT r.verdict LIMIT ${LIMIT}`,
  },
];

/** Kept no longer than promised (the hourly cron purges them; an hour of slack). */
const retention = (now: string) => [
  {
    name: "retention.idempotency_keys",
    why: "Idempotency-Keys are kept 24 hours",
    sql: `SELECT 'retention.idempotency_keys' AS "check", user_id || ' key from ' || created_at AS detail
FROM idempotency_keys WHERE created_at < strftime('%Y-%m-%dT%H:%M:%fZ', '${now}', '-25 hours') LIMIT ${LIMIT}`,
  },
  {
    name: "retention.sessions",
    why: "ended sessions are kept 30 days",
    sql: `SELECT 'retention.sessions' AS "check", id || ' ended ' || coalesce(revoked_at, expires_at) AS detail
FROM sessions WHERE coalesce(revoked_at, expires_at) < strftime('%Y-%m-%dT%H:%M:%fZ', '${now}', '-30 days', '-1 hours') LIMIT ${LIMIT}`,
  },
  {
    name: "write_guards.empty",
    why: "write guards only ever abort a batch; a row left behind means a guard did not fire",
    sql: `SELECT 'write_guards.empty' AS "check", record_type || ' ' || record_id AS detail FROM write_guards LIMIT ${LIMIT}`,
  },
];

/** Every invariant, for a database read at `now` (ISO timestamp). */
export function integrityChecks(now: string): IntegrityCheck[] {
  if (!/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(now)) throw new Error(`not an ISO timestamp: ${now}`);
  return [
    ...revisions,
    ...links,
    ...mergeCycles,
    ...publicFts,
    ...fullFts,
    ...storedVerdict,
    ...retention(now),
  ];
}

/**
 * All checks as one script of statements (for `wrangler d1 execute --command`, which answers
 * with one result per statement; D1 caps the terms of one compound SELECT, so no UNION).
 */
export function integrityScript(now: string): string {
  return integrityChecks(now)
    .map((c) => c.sql)
    .join(";\n");
}
