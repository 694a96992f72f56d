// Accepting an ingest: read what the database holds (db/queries/accept-lookups.ts), decide with the
// pure `planAccept` (services/accept-plan.ts), then write the article source, the embedded posts,
// new actors, the event, the claims with their evidence, a revision for each, and the ingest marked
// accepted, all in ONE D1 batch built from the same statement builders the single-record writes
// use. Everything that can be refused is refused before the batch; the batch itself re-checks, through a guard row, that the ingest is still a
// draft, so two accepts racing on one draft cannot both land.
import {
  type AcceptIngestInput,
  type Claim,
  checkAcceptSelection,
  DomainError,
  type Event,
  type IngestResult,
  IngestResultSchema,
  type Source,
} from "@factline/domain";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { loadAcceptLookups } from "../db/queries/accept-lookups";
import { idempotencyOutcome } from "../db/queries/idempotency";
import { getIngest, type Ingest, toIngest } from "../db/queries/ingests";
import type { AdminActor } from "../db/queries/load";
import type { WriteContext } from "../db/queries/write-context";
import { isVersionMismatch, uniqueViolation, writeGuardsTable } from "../db/queries/write-guard";
import { type IngestRow, ingestsTable } from "../db/schema";
import { sha256Hex } from "../lib/auth/tokens";
import { type AcceptDraft, type AcceptPlan, acceptKeys, planAccept } from "./accept-plan";
import { actorWriteStatements } from "./actors";
import type { Statements } from "./batch";
import { claimWriteStatements } from "./claims";
import { eventWriteStatements } from "./events";
import { sourceWriteStatements } from "./sources";

/** What accepting created, or found already stored and reused. */
export type AcceptOutcome = {
  ingest: Ingest;
  /** The article source first, then the embedded posts' sources. */
  sources: Source[];
  /** Ids among `sources` that existed before (same canonical URL or content hash). */
  reusedSourceIds: string[];
  /** The event the claims are about (created as a draft, or the existing one), or null. */
  event: Event | null;
  eventCreated: boolean;
  /** Actors created for the new event. */
  actors: AdminActor[];
  /** Claims created (unreviewed). */
  claims: Claim[];
  /** Selected candidates left out because the reused source already has the same claim. */
  skippedClaims: { candidateId: string; existingClaimId: string }[];
};

/** Accepts a draft ingest as the editor selected; see the file comment. */
export async function acceptIngest(
  db: Database,
  ingestId: string,
  input: AcceptIngestInput,
  ctx: WriteContext,
  /** The response to store with the write for the request's Idempotency-Key. */
  created?: (out: AcceptOutcome) => unknown,
): Promise<AcceptOutcome> {
  const row = await getIngest(db, ingestId);
  if (!row) {
    throw new DomainError("not_found", `No ingest with id "${ingestId}"`, {
      errors: [{ path: "path.id", message: "no ingest with this id" }],
    });
  }
  assertDraft(row);
  // The draft was stored by an earlier request, maybe by an earlier version of ingest: read it
  // back through the domain's schema rather than trusting its shape.
  const parsed = IngestResultSchema.safeParse(row.result);
  if (!parsed.success) {
    throw new DomainError(
      "conflict",
      "This draft was stored in a format this version cannot read; ingest the article again",
      { errors: [{ path: "path.id", message: "the stored ingest result is not valid" }] },
    );
  }
  const result: IngestResult = parsed.data;
  const selectionErrors = checkAcceptSelection(result, input).map((e) => ({
    path: `body.${e.path}`,
    message: e.message,
  }));
  if (selectionErrors.length > 0) {
    throw new DomainError(
      "validation_failed",
      selectionErrors.map((e) => `${e.path}: ${e.message}`).join("; "),
      { errors: selectionErrors },
    );
  }

  const draft: AcceptDraft = {
    id: row.id,
    url: row.url,
    contentHash: row.contentHash,
    createdAt: row.createdAt,
    result,
  };
  const articleHash = row.contentHash ?? (await sha256Hex(result.cleanedText));
  const posts = new Map<number, string>();
  for (const selection of input.embeddedPosts) {
    const post = result.embeddedPosts.find((p) => p.index === selection.index);
    if (post) posts.set(post.index, await sha256Hex(post.source.text));
  }
  const lookups = await loadAcceptLookups(db, acceptKeys(draft, input, articleHash));
  const plan = planAccept({
    draft,
    input,
    lookups,
    hashes: { article: articleHash, posts },
    now: ctx.now,
    userId: ctx.user?.id ?? null,
  });
  const out = outcome(row, plan, ctx.now);
  const settle = created
    ? idempotencyOutcome(db, ctx.idempotency, { status: 201, body: created(out) })
    : [];
  await run(db, ingestId, [...acceptStatements(db, ctx, row.id, plan), ...settle]);
  return out;
}

/** The plan as statements: every new record through its own builder, then the ingest accepted. */
function acceptStatements(
  db: Database,
  ctx: WriteContext,
  ingestId: string,
  plan: AcceptPlan,
): Statements {
  return [
    ...(plan.articleReused ? [] : sourceWriteStatements(db, ctx, null, plan.article, "create")),
    ...plan.posts.flatMap((p) =>
      p.reused ? [] : sourceWriteStatements(db, ctx, null, p.source, "create"),
    ),
    ...plan.actors.flatMap((a) => actorWriteStatements(db, ctx, null, a, "create")),
    ...(plan.event && plan.eventCreated
      ? eventWriteStatements(db, ctx, null, plan.event, "create", {
          createdBy: ctx.user?.id ?? null,
        })
      : []),
    ...plan.claims.flatMap((c) => claimWriteStatements(db, ctx, null, c, "create")),
    db
      .update(ingestsTable)
      .set({
        status: "accepted",
        acceptedAt: ctx.now,
        sourceId: plan.article.id,
        eventId: plan.event?.id ?? null,
      })
      .where(and(eq(ingestsTable.id, ingestId), eq(ingestsTable.status, "draft"))),
  ];
}

function outcome(row: IngestRow, plan: AcceptPlan, now: string): AcceptOutcome {
  return {
    ingest: toIngest({
      ...row,
      status: "accepted",
      acceptedAt: now,
      sourceId: plan.article.id,
      eventId: plan.event?.id ?? null,
    }),
    sources: [plan.article, ...plan.posts.map((p) => p.source)],
    reusedSourceIds: [
      ...(plan.articleReused ? [plan.article.id] : []),
      ...plan.posts.filter((p) => p.reused).map((p) => p.source.id),
    ],
    event: plan.event,
    eventCreated: plan.eventCreated,
    actors: plan.actors,
    claims: plan.claims,
    skippedClaims: plan.skippedClaims,
  };
}

function assertDraft(row: IngestRow): void {
  if (row.status === "draft") return;
  const what = row.status === "accepted" ? "was already accepted" : "was discarded";
  throw new DomainError("conflict", `Ingest ${row.id} ${what}; nothing was written`, {
    extra: { ingestStatus: row.status, sourceId: row.sourceId, eventId: row.eventId },
  });
}

/**
 * The batch, with the ingest guard first. It inserts a write_guards row only when the ingest is
 * no longer a draft at that moment; the table's trigger (migrations/0003_write_guards.sql) then aborts the whole
 * batch, because it finds no versioned record of type `ingest`, and a missing record never
 * matches the expected version. A draft inserts nothing, so the guard costs one indexed read.
 */
async function run(db: Database, ingestId: string, statements: Statements): Promise<void> {
  const guard = db.insert(writeGuardsTable).select(
    db
      .select({
        recordType: sql<string>`'ingest'`.as("record_type"),
        recordId: ingestsTable.id,
        expectedVersion: sql<number>`0`.as("expected_version"),
      })
      .from(ingestsTable)
      .where(and(eq(ingestsTable.id, ingestId), ne(ingestsTable.status, "draft"))),
  );
  try {
    await db.batch([guard, ...statements]);
  } catch (err) {
    if (isVersionMismatch(err)) {
      const now = await getIngest(db, ingestId);
      if (now) assertDraft(now);
    }
    if (uniqueViolation(err) === "sources.url") {
      throw new DomainError(
        "conflict",
        "Another source with this URL was stored meanwhile; retry",
        {
          errors: [{ path: "body.source.url", message: "another source already has this URL" }],
        },
      );
    }
    throw err;
  }
}
