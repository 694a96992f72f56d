import type { Actor, Claim, Event, Revision, Source } from "@factline/domain";
import type { DemoSeed } from "./build-demo-seed";

/** One SQL statement with positional parameters. */
export type SeedStatement = { sql: string; params: (string | number | null)[] };

type Row = Record<string, string | number | null>;

// INSERT OR IGNORE: the ids are fixed, so a second run leaves existing rows (and any edits made
// to them since) untouched.
function insert(table: string, row: Row): SeedStatement {
  const cols = Object.keys(row);
  return {
    sql: `INSERT OR IGNORE INTO ${table} (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
    params: Object.values(row),
  };
}

function actorRows(a: Actor): SeedStatement[] {
  return [
    insert("actors", {
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: JSON.stringify(a.aliases),
      wikidata: a.externalIds.wikidata ?? null,
      iso3166: a.externalIds.iso3166 ?? null,
      description: a.description,
      status: "active",
      version: a.version,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    }),
  ];
}

function sourceRows(s: Source): SeedStatement[] {
  return [
    insert("sources", {
      id: s.id,
      kind: s.kind,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      actor_id: s.actorId,
      published_value: s.publishedDate?.value ?? null,
      published_precision: s.publishedDate?.precision ?? null,
      published_earliest: s.publishedDate?.earliest ?? null,
      published_latest: s.publishedDate?.latest ?? null,
      retrieved_at: s.retrievedAt,
      language: s.language,
      content_hash: s.contentHash,
      text: s.text,
      reliability: s.reliability,
      embedded_in: s.embeddedIn,
      note: s.note,
      status: s.status,
      version: s.version,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    }),
  ];
}

function eventRows(e: Event): SeedStatement[] {
  return [
    insert("events", {
      id: e.id,
      slug: e.slug,
      title: e.title,
      summary: e.summary,
      kind: e.kind,
      date_value: e.date?.value ?? null,
      date_precision: e.date?.precision ?? null,
      date_earliest: e.date?.earliest ?? null,
      date_latest: e.date?.latest ?? null,
      status: e.status,
      published_at: e.publishedAt,
      version: e.version,
      created_at: e.createdAt,
      updated_at: e.updatedAt,
    }),
    ...e.actors.map((a) =>
      insert("event_actors", { event_id: e.id, actor_id: a.actorId, role: a.role }),
    ),
    ...e.places.map((country) => insert("event_places", { event_id: e.id, country })),
  ];
}

// Relations point at other events, so they go in after every event row.
function relationRows(e: Event): SeedStatement[] {
  return e.related.map((r) =>
    insert("event_relations", {
      event_id: e.id,
      related_event_id: r.eventId,
      relation: r.relation,
    }),
  );
}

function claimRows(c: Claim): SeedStatement[] {
  return [
    insert("claims", {
      id: c.id,
      text: c.text,
      statement: c.statement,
      source_id: c.sourceId,
      actor_id: c.actorId,
      modality: c.modality,
      check_worthiness: c.checkWorthiness,
      assertion_property: c.assertion?.property ?? null,
      assertion_value: c.assertion?.value ?? null,
      rank: c.rank,
      rank_reason: c.rankReason,
      status: c.status,
      cluster_id: c.clusterId,
      verdict: c.review?.verdict ?? null,
      created_by: c.createdBy,
      published_at: c.publishedAt,
      version: c.version,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    }),
    ...c.eventIds.map((eventId) => insert("claim_events", { claim_id: c.id, event_id: eventId })),
    ...c.evidence.map((ev) =>
      insert("evidence", {
        id: ev.id,
        claim_id: c.id,
        source_id: ev.sourceId,
        quote: ev.quote,
        start: ev.start,
        end: ev.end,
        stance: ev.stance,
        created_by: null,
        created_at: ev.createdAt,
      }),
    ),
    ...(c.review
      ? [
          insert("reviews", {
            id: c.review.id,
            claim_id: c.id,
            verdict: c.review.verdict,
            rationale: c.review.rationale,
            reviewer_id: c.review.reviewerId,
            reviewed_at: c.review.reviewedAt,
          }),
        ]
      : []),
  ];
}

function revisionRow(r: Revision): SeedStatement {
  return insert("revisions", {
    id: r.id,
    record_type: r.recordType,
    record_id: r.recordId,
    version: r.version,
    action: r.action,
    user_id: r.userId,
    created_at: r.createdAt,
    diff: JSON.stringify(r.diff),
    snapshot: r.snapshot ? JSON.stringify(r.snapshot) : null,
    note: r.note,
  });
}

// The change feed has an autoincrement key, so "once" is checked against the feed itself.
function changeRow(recordType: string, recordId: string, at: string): SeedStatement {
  return {
    sql: "INSERT INTO changes (record_type, record_id, action, merged_into, at) SELECT ?, ?, 'upsert', NULL, ? WHERE NOT EXISTS (SELECT 1 FROM changes WHERE record_type = ? AND record_id = ?)",
    params: [recordType, recordId, at, recordType, recordId],
  };
}

/** The seed as idempotent SQL statements, in an order that satisfies every reference. */
export function seedStatements(seed: DemoSeed): SeedStatement[] {
  return [
    ...seed.actors.flatMap(actorRows),
    ...seed.sources.flatMap(sourceRows),
    ...seed.events.flatMap(eventRows),
    ...seed.events.flatMap(relationRows),
    ...seed.claims.flatMap(claimRows),
    ...seed.revisions.map(revisionRow),
    ...seed.actors.map((a) => changeRow("actor", a.id, a.updatedAt)),
    ...seed.sources.map((s) => changeRow("source", s.id, s.updatedAt)),
    ...seed.events.map((e) => changeRow("event", e.id, e.updatedAt)),
    ...seed.claims.map((c) => changeRow("claim", c.id, c.updatedAt)),
  ];
}

function literal(v: string | number | null): string {
  if (v === null) return "NULL";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`seed: cannot write ${v} as SQL`);
    return String(v);
  }
  // SQL string literal: single quotes doubled; nothing else is special inside one.
  return `'${v.replace(/'/g, "''")}'`;
}

/** The statements as one SQL script with inlined literals, for `wrangler d1 execute --file`. */
export function toSqlScript(statements: readonly SeedStatement[]): string {
  return `${statements
    .map((s) => {
      let i = 0;
      const sql = s.sql.replace(/\?/g, () => literal(s.params[i++] ?? null));
      return `${sql};`;
    })
    .join("\n")}\n`;
}
