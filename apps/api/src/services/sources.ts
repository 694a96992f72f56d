import {
  type CreateSourceInput,
  canonicalUrl,
  newId,
  type RevisionAction,
  type Source,
  type UpdateSourceInput,
} from "@factline/domain";
import type { Database } from "../db/client";
import { idempotencyOutcome } from "../db/queries/idempotency";
import { loadSource } from "../db/queries/load";
import { changeInsert, type WriteContext } from "../db/queries/write-context";
import { sourcesTable } from "../db/schema";
import { runWrite, type Statements } from "./batch";
import { assertReliabilityChange } from "./edit-rights";
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

/** The fields an editor sets on a source. */
export const SOURCE_EDITABLE = [
  "kind",
  "url",
  "title",
  "publisher",
  "author",
  "actorId",
  "publishedDate",
  "retrievedAt",
  "language",
  "text",
  "reliability",
  "embeddedIn",
  "note",
] as const;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function sourceColumns(s: Source) {
  return {
    kind: s.kind,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    actorId: s.actorId,
    publishedValue: s.publishedDate?.value ?? null,
    publishedPrecision: s.publishedDate?.precision ?? null,
    publishedEarliest: s.publishedDate?.earliest ?? null,
    publishedLatest: s.publishedDate?.latest ?? null,
    retrievedAt: s.retrievedAt,
    language: s.language,
    contentHash: s.contentHash,
    text: s.text,
    reliability: s.reliability,
    embeddedIn: s.embeddedIn,
    note: s.note,
    status: s.status,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** Guard, row, revision and (when readers can see the source) the change feed, as one batch. */
export function sourceWriteStatements(
  db: Database,
  ctx: WriteContext,
  before: Source | null,
  after: Source,
  action: RevisionAction,
  opts: { isPublic?: boolean; note?: string | null } = {},
): Statements {
  const columns = sourceColumns(after);
  const out: Statements = [
    ...versionedRowStatements(db, "source", sourcesTable, before, columns, {
      id: after.id,
      ...columns,
      createdBy: ctx.user?.id ?? null,
    }),
    revisionStatement(db, ctx, "source", before, after, action, opts.note),
  ];
  if (opts.isPublic) {
    out.push(
      changeInsert(db, ctx, {
        recordType: "source",
        recordId: after.id,
        action: after.status === "retracted" ? "retract" : "upsert",
      }),
    );
  }
  return out;
}

async function current(db: Database, id: string) {
  const found = await loadSource(db, id);
  return found ? { version: found.source.version, record: found.source } : null;
}

async function editable(db: Database, id: string, expectedVersion: number | null) {
  const found = await loadSource(db, id);
  if (!found) throw notFound("source", id);
  assertNotMerged("Source", id, found.mergedInto);
  assertVersion(found.source, expectedVersion);
  return found;
}

function sourceReferences(input: UpdateSourceInput): Reference[] {
  const refs: Reference[] = [];
  if (input.actorId) refs.push({ kind: "actor", id: input.actorId, path: "body.actorId" });
  if (input.embeddedIn) {
    refs.push({ kind: "source", id: input.embeddedIn, path: "body.embeddedIn" });
  }
  return refs;
}

function canonical(url: string | null | undefined): string | null {
  return url ? canonicalUrl(url) : null;
}

/** Creates a source; its URL is stored canonical, and a second source with it gets 409. */
export async function createSource(
  db: Database,
  input: CreateSourceInput,
  ctx: WriteContext,
): Promise<Source> {
  assertReliabilityChange(null, input.reliability, ctx);
  await assertReferences(db, sourceReferences(input));
  const source: Source = {
    id: newId("src"),
    kind: input.kind,
    url: canonical(input.url),
    title: input.title,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    actorId: input.actorId ?? null,
    publishedDate: input.publishedDate ?? null,
    retrievedAt: input.retrievedAt ?? null,
    language: input.language ?? null,
    contentHash: input.text ? await sha256Hex(input.text) : null,
    text: input.text,
    reliability: input.reliability,
    embeddedIn: input.embeddedIn ?? null,
    note: input.note ?? null,
    status: "active",
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await runWrite(
    db,
    [
      ...sourceWriteStatements(db, ctx, null, source, "create"),
      ...idempotencyOutcome(db, ctx.idempotency, { status: 201, body: source }),
    ],
    async () => null,
  );
  return source;
}

/** Applies the fields given at the version the editor read. */
export async function updateSource(
  db: Database,
  id: string,
  input: UpdateSourceInput,
  expectedVersion: number,
  ctx: WriteContext,
  action: "update" | "restore" = "update",
  note: string | null = null,
): Promise<Source> {
  const { source: before, isPublic } = await editable(db, id, expectedVersion);
  assertReliabilityChange(before, input.reliability, ctx);
  if (action === "update") await assertReferences(db, sourceReferences(input));
  const change = definedFields<Source>(input);
  if ("url" in change) change.url = canonical(change.url);
  if ("text" in change && change.text !== before.text) {
    change.contentHash = change.text ? await sha256Hex(change.text) : null;
  }
  const after = nextVersion(before, change, ctx.now);
  await runWrite(
    db,
    sourceWriteStatements(db, ctx, before, after, action, { isPublic, note }),
    () => current(db, id),
  );
  return after;
}

/** Delete: the source is retracted (kept); readers who could see it get a tombstone. */
export async function retractSource(
  db: Database,
  id: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<Source> {
  const { source: before, isPublic } = await editable(db, id, expectedVersion);
  if (before.status === "retracted") return before;
  const after = nextVersion(before, { status: "retracted" }, ctx.now);
  await runWrite(db, sourceWriteStatements(db, ctx, before, after, "retract", { isPublic }), () =>
    current(db, id),
  );
  return after;
}
