import { env } from "cloudflare:workers";
import { newId, parsePartialDate } from "@factline/domain";
import { invalidatePublicCache } from "../../src/lib/cache";

const NOW = () => new Date().toISOString();

// Every write invalidates cached public reads, as the admin API does after its writes.
async function insert(table: string, row: Record<string, string | number | null>) {
  const cols = Object.keys(row);
  await env.DB.prepare(
    `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
  )
    .bind(...Object.values(row))
    .run();
  await invalidatePublicCache();
}

/** Inserts an event (published unless told otherwise) with optional actors and places. */
export async function makeEvent(
  fields: {
    title?: string;
    summary?: string;
    slug?: string;
    kind?: string;
    date?: string | null;
    status?: string;
    actors?: { actorId: string; role: string }[];
    places?: string[];
    updatedAt?: string;
  } = {},
): Promise<{ id: string; slug: string }> {
  const id = newId("evt");
  const slug = fields.slug ?? `test-event-${id.slice(-10).toLowerCase()}`;
  const d = fields.date === null ? null : parsePartialDate(fields.date ?? "2024-05-01");
  const date = d?.ok ? d.date : null;
  const at = fields.updatedAt ?? NOW();
  await insert("events", {
    id,
    slug,
    title: fields.title ?? "Test event",
    summary: fields.summary ?? "",
    kind: fields.kind ?? "other",
    date_value: date?.value ?? null,
    date_precision: date?.precision ?? null,
    date_earliest: date?.earliest ?? null,
    date_latest: date?.latest ?? null,
    status: fields.status ?? "published",
    version: 1,
    created_at: at,
    updated_at: at,
    published_at: (fields.status ?? "published") === "published" ? at : null,
  });
  for (const a of fields.actors ?? []) {
    await insert("event_actors", { event_id: id, actor_id: a.actorId, role: a.role });
  }
  for (const country of fields.places ?? [])
    await insert("event_places", { event_id: id, country });
  return { id, slug };
}

/** Inserts an actor. */
export async function makeActor(fields: { name?: string; kind?: string } = {}): Promise<string> {
  const id = newId("act");
  await insert("actors", {
    id,
    kind: fields.kind ?? "organization",
    name: fields.name ?? "Test actor",
    aliases: "[]",
    version: 1,
    created_at: NOW(),
    updated_at: NOW(),
  });
  return id;
}

/** Inserts a source. */
export async function makeSource(fields: { title?: string; text?: string; status?: string } = {}) {
  const id = newId("src");
  await insert("sources", {
    id,
    kind: "article",
    title: fields.title ?? "Test source",
    text: fields.text ?? "",
    status: fields.status ?? "active",
    version: 1,
    created_at: NOW(),
    updated_at: NOW(),
  });
  return id;
}

/** Inserts a claim (published unless told otherwise) about events, with one evidence quote. */
export async function makeClaim(fields: {
  text?: string;
  statement?: string;
  sourceId: string;
  eventIds?: string[];
  status?: string;
  modality?: string;
  verdict?: string;
  updatedAt?: string;
}): Promise<string> {
  const id = newId("clm");
  const at = fields.updatedAt ?? NOW();
  const text = fields.text ?? "A test claim";
  await insert("claims", {
    id,
    text,
    statement: fields.statement ?? text,
    source_id: fields.sourceId,
    modality: fields.modality ?? "assertion",
    status: fields.status ?? "published",
    verdict: fields.verdict ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
    published_at: (fields.status ?? "published") === "published" ? at : null,
  });
  for (const eventId of fields.eventIds ?? []) {
    await insert("claim_events", { claim_id: id, event_id: eventId });
  }
  await insert("evidence", {
    id: newId("evd"),
    claim_id: id,
    source_id: fields.sourceId,
    quote: text,
    stance: "supports",
    created_at: at,
  });
  if (fields.verdict) {
    await insert("reviews", {
      id: newId("rvw"),
      claim_id: id,
      verdict: fields.verdict,
      rationale: "test",
      reviewer_id: newId("usr"),
      reviewed_at: at,
    });
  }
  return id;
}

/** Appends a row to the public change feed, as the admin API does on publish/retract/merge. */
export async function recordChange(
  recordType: string,
  recordId: string,
  action: "upsert" | "retract" | "merge",
  mergedInto: string | null = null,
): Promise<void> {
  await insert("changes", {
    record_type: recordType,
    record_id: recordId,
    action,
    merged_into: mergedInto,
    at: NOW(),
  });
}

/** Runs one SQL statement (e.g. a status change the admin API would make). */
export async function exec(sql: string, ...params: (string | number | null)[]): Promise<void> {
  await env.DB.prepare(sql)
    .bind(...params)
    .run();
  await invalidatePublicCache();
}

/** Inserts `n` published claims citing `sourceId` in one D1 batch (for paging tests). */
export async function makeClaimsBulk(n: number, sourceId: string): Promise<string[]> {
  const ids = Array.from({ length: n }, () => newId("clm"));
  const at = NOW();
  await env.DB.batch(
    ids.map((id, i) =>
      env.DB.prepare(
        "INSERT INTO claims (id, text, statement, source_id, modality, status, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'assertion', 'published', 1, ?, ?)",
      ).bind(id, `bulk claim ${i}`, `bulk claim ${i}`, sourceId, at, at),
    ),
  );
  await invalidatePublicCache();
  return ids;
}
