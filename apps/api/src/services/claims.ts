import {
  type Claim,
  type CreateClaimInput,
  newId,
  type RevisionAction,
  type UpdateClaimInput,
} from "@factline/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { idempotencyOutcome } from "../db/queries/idempotency";
import { loadClaim } from "../db/queries/load";
import { changeInsert, feedAction, type WriteContext } from "../db/queries/write-context";
import { claimEventsTable, claimsTable, evidenceTable, reviewsTable } from "../db/schema";
import { chunk, runWrite, type Statements } from "./batch";
import { assertClaimEditable } from "./edit-rights";
import { badField, notFound } from "./errors";
import { assertReferences, type Reference } from "./references";
import {
  assertNotMerged,
  assertVersion,
  definedFields,
  nextVersion,
  revisionStatement,
  versionedRowStatements,
} from "./versioned-record";

/** The fields an editor sets directly (rank, status, evidence and verdicts have their own routes). */
export const CLAIM_EDITABLE = [
  "text",
  "statement",
  "sourceId",
  "actorId",
  "eventIds",
  "modality",
  "checkWorthiness",
  "assertion",
  "clusterId",
] as const;

function claimColumns(c: Claim) {
  return {
    text: c.text,
    statement: c.statement,
    sourceId: c.sourceId,
    actorId: c.actorId,
    modality: c.modality,
    checkWorthiness: c.checkWorthiness,
    assertionProperty: c.assertion?.property ?? null,
    assertionValue: c.assertion?.value ?? null,
    rank: c.rank,
    rankReason: c.rankReason,
    status: c.status,
    clusterId: c.clusterId,
    // The stored current verdict goes with every claim write, so it is in the batch that
    // inserts the review it comes from.
    verdict: c.review?.verdict ?? null,
    createdBy: c.createdBy,
    publishedAt: c.publishedAt,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, deduplicated links so that snapshots and diffs compare by content. */
export function normalizeClaim(c: Claim): Claim {
  return {
    ...c,
    eventIds: [...new Set(c.eventIds)].sort(byString),
    // The order the row mapper reads evidence in, so a write's answer equals the next read.
    evidence: [...c.evidence].sort(
      (a, b) => (a.start ?? 0) - (b.start ?? 0) || byString(a.id, b.id),
    ),
  };
}

/**
 * Statements that turn `before` into `after` (or insert `after`): guard, row, event links,
 * evidence (new links inserted, links moved here by a merge re-pointed, dropped links deleted),
 * a new verdict, the revision and the change feed.
 */
export function claimWriteStatements(
  db: Database,
  ctx: WriteContext,
  before: Claim | null,
  after: Claim,
  action: RevisionAction,
  opts: { note?: string | null; mergedInto?: string | null } = {},
): Statements {
  const columns = claimColumns(after);
  const out: Statements = versionedRowStatements(
    db,
    "claim",
    claimsTable,
    before,
    { ...columns, ...(opts.mergedInto ? { mergedInto: opts.mergedInto } : {}) },
    { id: after.id, ...columns },
  );
  if (!before || JSON.stringify(before.eventIds) !== JSON.stringify(after.eventIds)) {
    if (before) out.push(db.delete(claimEventsTable).where(eq(claimEventsTable.claimId, after.id)));
    // D1 binds at most 100 parameters a statement: rows and id lists go in chunks.
    for (const ids of chunk(after.eventIds, 40)) {
      out.push(
        db
          .insert(claimEventsTable)
          .values(ids.map((eventId) => ({ claimId: after.id, eventId })))
          .onConflictDoNothing(),
      );
    }
  }
  const beforeEvidence = new Set((before?.evidence ?? []).map((e) => e.id));
  const afterEvidence = new Set(after.evidence.map((e) => e.id));
  const dropped = [...beforeEvidence].filter((id) => !afterEvidence.has(id));
  for (const ids of chunk(dropped, 90)) {
    out.push(
      db
        .delete(evidenceTable)
        .where(and(eq(evidenceTable.claimId, after.id), inArray(evidenceTable.id, ids))),
    );
  }
  for (const e of after.evidence.filter((e) => !beforeEvidence.has(e.id))) {
    out.push(
      db
        .insert(evidenceTable)
        .values({ ...e, claimId: after.id, createdBy: ctx.user?.id ?? null })
        // The link already exists on another claim: a merge moves it here.
        .onConflictDoUpdate({ target: evidenceTable.id, set: { claimId: after.id } }),
    );
  }
  if (after.review && after.review.id !== before?.review?.id) {
    out.push(db.insert(reviewsTable).values(after.review).onConflictDoNothing());
  }
  out.push(revisionStatement(db, ctx, "claim", before, after, action, opts.note));
  const feed = feedAction(before, after, opts.mergedInto);
  if (feed) {
    out.push(
      changeInsert(db, ctx, {
        recordType: "claim",
        recordId: after.id,
        action: feed,
        mergedInto: opts.mergedInto ?? null,
      }),
    );
  }
  // Publishing a claim makes its source and speaking actor readable too; announce them.
  if (before?.status !== "published" && after.status === "published") {
    if (after.sourceId) {
      out.push(
        changeInsert(db, ctx, { recordType: "source", recordId: after.sourceId, action: "upsert" }),
      );
    }
    if (after.actorId) {
      out.push(
        changeInsert(db, ctx, { recordType: "actor", recordId: after.actorId, action: "upsert" }),
      );
    }
  }
  return out;
}

function claimReferences(input: UpdateClaimInput): Reference[] {
  const refs: Reference[] = (input.eventIds ?? []).map((id, i) => ({
    kind: "event",
    id,
    path: `body.eventIds.${i}`,
  }));
  if (input.sourceId) refs.push({ kind: "source", id: input.sourceId, path: "body.sourceId" });
  if (input.actorId) refs.push({ kind: "actor", id: input.actorId, path: "body.actorId" });
  return refs;
}

/** The claim as stored, or 404. */
export async function requireClaim(db: Database, id: string) {
  const found = await loadClaim(db, id);
  if (!found) throw notFound("claim", id);
  return found;
}

async function current(db: Database, id: string) {
  const found = await loadClaim(db, id);
  return found ? { version: found.claim.version, record: found.claim } : null;
}

/** The stored claim, refusing merged ones (410) and stale versions (412). */
export async function editableClaim(
  db: Database,
  id: string,
  expectedVersion: number | null,
): Promise<Claim> {
  const { claim, mergedInto } = await requireClaim(db, id);
  assertNotMerged("Claim", id, mergedInto, "; edit that one");
  assertVersion(claim, expectedVersion);
  return claim;
}

/**
 * Writes `after` over `before` in one batch; 412 if someone else wrote in between. A write that
 * creates something (evidence, a verdict) passes `created`: the response it answers with, stored
 * with the write for the request's Idempotency-Key.
 */
export async function saveClaim(
  db: Database,
  ctx: WriteContext,
  before: Claim,
  change: Partial<Claim>,
  action: RevisionAction,
  note: string | null = null,
  created?: (after: Claim) => unknown,
): Promise<Claim> {
  const after = normalizeClaim(nextVersion(before, change, ctx.now));
  const outcome = created
    ? idempotencyOutcome(db, ctx.idempotency, { status: 201, body: created(after) })
    : [];
  await runWrite(
    db,
    [...claimWriteStatements(db, ctx, before, after, action, { note }), ...outcome],
    () => current(db, before.id),
  );
  return after;
}

/** Creates an unreviewed claim, authored by the current user. */
export async function createClaim(
  db: Database,
  input: CreateClaimInput,
  ctx: WriteContext,
): Promise<Claim> {
  await assertReferences(db, claimReferences(input));
  const claim = normalizeClaim({
    id: newId("clm"),
    text: input.text,
    statement: input.statement ?? input.text,
    sourceId: input.sourceId ?? null,
    actorId: input.actorId ?? null,
    eventIds: input.eventIds,
    modality: input.modality,
    checkWorthiness: input.checkWorthiness,
    assertion: input.assertion ?? null,
    evidence: [],
    review: null,
    rank: "normal",
    rankReason: null,
    status: "unreviewed",
    clusterId: input.clusterId ?? null,
    createdBy: ctx.user?.id ?? null,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    publishedAt: null,
  });
  await runWrite(
    db,
    [
      ...claimWriteStatements(db, ctx, null, claim, "create"),
      ...idempotencyOutcome(db, ctx.idempotency, { status: 201, body: claim }),
    ],
    async () => null,
  );
  return claim;
}

/** Applies the fields given at the version the editor read. */
export async function updateClaim(
  db: Database,
  id: string,
  input: UpdateClaimInput,
  expectedVersion: number,
  ctx: WriteContext,
  action: "update" | "restore" = "update",
  note: string | null = null,
): Promise<Claim> {
  const before = await editableClaim(db, id, expectedVersion);
  const change = definedFields<Claim>(input);
  assertClaimEditable(before, ctx, change);
  if (action === "update") await assertReferences(db, claimReferences(input));
  // The create schema demands a claimant; a partial update could clear both, so check the merge.
  const sourceId = change.sourceId !== undefined ? change.sourceId : before.sourceId;
  const actorId = change.actorId !== undefined ? change.actorId : before.actorId;
  if (sourceId == null && actorId == null) {
    throw badField("body.sourceId", "a claim needs a claimant: keep sourceId or actorId");
  }
  return saveClaim(db, ctx, before, change, action, note);
}

/** Delete: the claim is retracted and kept; readers get a tombstone if it was published. */
export async function retractClaim(
  db: Database,
  id: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<Claim> {
  const before = await editableClaim(db, id, expectedVersion);
  if (before.status === "retracted") return before;
  return saveClaim(db, ctx, before, { status: "retracted" }, "retract");
}
