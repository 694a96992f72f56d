import {
  type CreateEventInput,
  type Event,
  newId,
  type RevisionAction,
  slugify,
  type UpdateEventInput,
} from "@factline/domain";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { idempotencyOutcome } from "../db/queries/idempotency";
import { loadEvent } from "../db/queries/load";
import { changeInsert, feedAction, type WriteContext } from "../db/queries/write-context";
import { eventActorsTable, eventPlacesTable, eventRelationsTable, eventsTable } from "../db/schema";
import { chunk, runWrite, type Statements } from "./batch";
import { assertEventEditable } from "./edit-rights";
import { notFound } from "./errors";
import { assertReferences, type Reference } from "./references";
import {
  assertNotMerged,
  assertVersion,
  definedFields,
  nextVersion,
  revisionStatement,
  versionedRowStatements,
} from "./versioned-record";

/** The fields an editor sets; status, version and times move only through the write layer. */
export const EVENT_EDITABLE = [
  "title",
  "slug",
  "summary",
  "kind",
  "date",
  "places",
  "actors",
  "related",
] as const;

function eventColumns(e: Event) {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    dateValue: e.date?.value ?? null,
    datePrecision: e.date?.precision ?? null,
    dateEarliest: e.date?.earliest ?? null,
    dateLatest: e.date?.latest ?? null,
    status: e.status,
    publishedAt: e.publishedAt,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/** Replaces an event's link rows with the ones `e` lists. */
export function eventLinkStatements(db: Database, e: Event, replace: boolean): Statements {
  const out: Statements = [];
  if (replace) {
    out.push(
      db.delete(eventActorsTable).where(eq(eventActorsTable.eventId, e.id)),
      db.delete(eventPlacesTable).where(eq(eventPlacesTable.eventId, e.id)),
      db.delete(eventRelationsTable).where(eq(eventRelationsTable.eventId, e.id)),
    );
  }
  // D1 binds at most 100 parameters a statement: link rows go in chunks (3 columns each).
  for (const rows of chunk(e.actors, 30)) {
    out.push(
      db
        .insert(eventActorsTable)
        .values(rows.map((a) => ({ eventId: e.id, actorId: a.actorId, role: a.role })))
        .onConflictDoNothing(),
    );
  }
  for (const rows of chunk(e.places, 30)) {
    out.push(
      db
        .insert(eventPlacesTable)
        .values(rows.map((country) => ({ eventId: e.id, country })))
        .onConflictDoNothing(),
    );
  }
  for (const rows of chunk(e.related, 30)) {
    out.push(
      db
        .insert(eventRelationsTable)
        .values(
          rows.map((r) => ({ eventId: e.id, relatedEventId: r.eventId, relation: r.relation })),
        )
        .onConflictDoNothing(),
    );
  }
  return out;
}

/**
 * The statements that turn the stored `before` into `after` (or insert `after`): guard, row,
 * links, revision and, when readers see it, the change feed. One batch, all or nothing.
 */
export function eventWriteStatements(
  db: Database,
  ctx: WriteContext,
  before: Event | null,
  after: Event,
  action: RevisionAction,
  opts: { note?: string | null; mergedInto?: string | null; createdBy?: string | null } = {},
): Statements {
  const columns = eventColumns(after);
  const out: Statements = versionedRowStatements(
    db,
    "event",
    eventsTable,
    before,
    { ...columns, ...(opts.mergedInto ? { mergedInto: opts.mergedInto } : {}) },
    { id: after.id, ...columns, createdBy: opts.createdBy ?? null },
  );
  const linksChanged =
    !before ||
    JSON.stringify([before.actors, before.places, before.related]) !==
      JSON.stringify([after.actors, after.places, after.related]);
  if (linksChanged) out.push(...eventLinkStatements(db, after, before !== null));
  out.push(revisionStatement(db, ctx, "event", before, after, action, opts.note));
  const feed = feedAction(before, after, opts.mergedInto);
  if (feed) {
    out.push(
      changeInsert(db, ctx, {
        recordType: "event",
        recordId: after.id,
        action: feed,
        mergedInto: opts.mergedInto ?? null,
      }),
    );
  }
  // Publishing an event makes its actors readable too; announce them as it happens.
  if (before?.status !== "published" && after.status === "published") {
    for (const actorId of new Set(after.actors.map((a) => a.actorId))) {
      out.push(changeInsert(db, ctx, { recordType: "actor", recordId: actorId, action: "upsert" }));
    }
  }
  return out;
}

/** Sorted, deduplicated links, as every write stores them (snapshots and diffs compare by content). */
export const normalizeEvent = (e: Event): Event => {
  const s = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    ...e,
    places: [...new Set(e.places)].sort(s),
    actors: dedupe(e.actors, (a) => `${a.actorId}|${a.role}`).sort(
      (a, b) => s(a.actorId, b.actorId) || s(a.role, b.role),
    ),
    related: dedupe(e.related, (r) => `${r.eventId}|${r.relation}`).sort(
      (a, b) => s(a.eventId, b.eventId) || s(a.relation, b.relation),
    ),
  };
};

function dedupe<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of list) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function eventReferences(input: UpdateEventInput): Reference[] {
  return [
    ...(input.actors ?? []).map((a, i) => ({
      kind: "actor" as const,
      id: a.actorId,
      path: `body.actors.${i}.actorId`,
    })),
    ...(input.related ?? []).map((r, i) => ({
      kind: "event" as const,
      id: r.eventId,
      path: `body.related.${i}.eventId`,
    })),
  ];
}

/** The event as stored, or 404. */
export async function requireEvent(db: Database, id: string) {
  const found = await loadEvent(db, id);
  if (!found) throw notFound("event", id);
  return found;
}

async function current(db: Database, id: string) {
  const found = await loadEvent(db, id);
  return found ? { version: found.event.version, record: found.event } : null;
}

/** Creates a draft event (with its links and first revision) in one batch. */
export async function createEvent(
  db: Database,
  input: CreateEventInput,
  ctx: WriteContext,
): Promise<Event> {
  await assertReferences(db, eventReferences(input));
  const id = newId("evt");
  let slug = input.slug;
  if (!slug) {
    // A slug made from the title may collide with an older event's; the id's random tail keeps
    // it unique without a read-then-write race. A slug the editor typed is theirs: it gets 409.
    const base = slugify(input.title) || "event";
    slug = `${base.slice(0, 90)}-${id.slice(-6).toLowerCase()}`;
  }
  const event = normalizeEvent({
    id,
    slug,
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    date: input.date ?? null,
    places: input.places,
    actors: input.actors,
    related: input.related.filter((r) => r.eventId !== id),
    status: "draft",
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    publishedAt: null,
  });
  await runWrite(
    db,
    [
      ...eventWriteStatements(db, ctx, null, event, "create", { createdBy: ctx.user?.id ?? null }),
      ...idempotencyOutcome(db, ctx.idempotency, { status: 201, body: event }),
    ],
    async () => null,
  );
  return event;
}

/** Applies the fields given; `expectedVersion` is the version the editor read (If-Match). */
export async function updateEvent(
  db: Database,
  id: string,
  input: UpdateEventInput,
  expectedVersion: number,
  ctx: WriteContext,
  action: "update" | "restore" = "update",
  note: string | null = null,
): Promise<Event> {
  const { event: before, mergedInto } = await requireEvent(db, id);
  assertNotMerged("Event", id, mergedInto, "; edit that one");
  assertEventEditable(before, ctx);
  // A restore brings back what was valid then; only new input is checked.
  if (action === "update") {
    await assertReferences(
      db,
      eventReferences(input).filter((r) => r.id !== id),
    );
  }
  assertVersion(before, expectedVersion);
  const after = normalizeEvent(nextVersion(before, definedFields<Event>(input), ctx.now));
  after.related = after.related.filter((r) => r.eventId !== id);
  await runWrite(db, eventWriteStatements(db, ctx, before, after, action, { note }), () =>
    current(db, id),
  );
  return after;
}

/** Writes a status change decided by the workflow (publishing sets publishedAt the first time). */
export async function setEventStatus(
  db: Database,
  before: Event,
  to: Event["status"],
  ctx: WriteContext,
  note: string | null = null,
): Promise<Event> {
  const publishedAt = to === "published" ? (before.publishedAt ?? ctx.now) : before.publishedAt;
  const after = nextVersion(before, { status: to, publishedAt }, ctx.now);
  await runWrite(db, eventWriteStatements(db, ctx, before, after, "transition", { note }), () =>
    current(db, before.id),
  );
  return after;
}

/** Delete: the event is retracted (kept, with its revisions); readers get a tombstone. */
export async function retractEvent(
  db: Database,
  id: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<Event> {
  const { event: before, mergedInto } = await requireEvent(db, id);
  assertNotMerged("Event", id, mergedInto, "; edit that one");
  assertVersion(before, expectedVersion);
  if (before.status === "retracted") return before;
  const after = nextVersion(before, { status: "retracted" }, ctx.now);
  await runWrite(db, eventWriteStatements(db, ctx, before, after, "retract"), () =>
    current(db, id),
  );
  return after;
}
