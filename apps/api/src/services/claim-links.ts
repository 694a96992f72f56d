import {
  type Claim,
  type CreateEvidenceInput,
  type CreateReviewInput,
  DomainError,
  newId,
  type SetRankInput,
} from "@factline/domain";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import type { WriteContext } from "../db/queries/write-context";
import { sourcesTable } from "../db/schema";
import { editableClaim, saveClaim } from "./claims";
import { assertClaimEditable } from "./edit-rights";
import { badField } from "./errors";
import { assertReferences } from "./references";

// Evidence, verdicts and ranks are part of the claim readers see, so each is a claim write:
// version + 1, a claim revision showing the change, and the change feed if it is published.

/** Links a source passage to a claim; `expectedVersion` null means "as stored now". */
export async function addEvidence(
  db: Database,
  claimId: string,
  input: CreateEvidenceInput,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<{ claim: Claim; evidenceId: string }> {
  const before = await editableClaim(db, claimId, expectedVersion);
  assertClaimEditable(before, ctx);
  await assertReferences(db, [{ kind: "source", id: input.sourceId, path: "body.sourceId" }]);
  if (input.start != null && input.end != null) {
    await assertQuoteAt(db, input.sourceId, input.quote, input.start, input.end);
  }
  const evidenceId = newId("evd");
  const evidence = [
    ...before.evidence,
    {
      id: evidenceId,
      claimId,
      sourceId: input.sourceId,
      quote: input.quote,
      start: input.start ?? null,
      end: input.end ?? null,
      stance: input.stance,
      createdAt: ctx.now,
    },
  ];
  const claim = await saveClaim(db, ctx, before, { evidence }, "update", "evidence added", (c) =>
    evidenceCreated(c, evidenceId),
  );
  return evidenceCreated(claim, evidenceId);
}

/** What adding evidence answers (and an Idempotency-Key replays). */
function evidenceCreated(claim: Claim, evidenceId: string) {
  return { evidenceId, claim };
}

/**
 * Offsets are a promise that the quote is that stretch of the source's cleaned text; readers
 * use them to highlight the passage, so a mismatch is refused rather than stored.
 */
async function assertQuoteAt(
  db: Database,
  sourceId: string,
  quote: string,
  start: number,
  end: number,
): Promise<void> {
  const row = await db
    .select({ text: sourcesTable.text })
    .from(sourcesTable)
    .where(eq(sourcesTable.id, sourceId))
    .get();
  const text = row?.text ?? "";
  if (end > text.length) {
    throw badField("body.end", `is past the end of the source's text (${text.length} characters)`);
  }
  if (text.slice(start, end) !== quote) {
    throw badField("body.quote", "is not the source's text between start and end");
  }
}

/** Unlinks one evidence passage from a claim. */
export async function removeEvidence(
  db: Database,
  claimId: string,
  evidenceId: string,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<Claim> {
  const before = await editableClaim(db, claimId, expectedVersion);
  assertClaimEditable(before, ctx);
  if (!before.evidence.some((e) => e.id === evidenceId)) {
    throw new DomainError("not_found", `Claim ${claimId} has no evidence ${evidenceId}`, {
      errors: [{ path: "path.evidenceId", message: "no such evidence on this claim" }],
    });
  }
  const evidence = before.evidence.filter((e) => e.id !== evidenceId);
  return saveClaim(db, ctx, before, { evidence }, "update", "evidence removed");
}

/** Records a verdict by the current user; it becomes the claim's current review. */
export async function addReview(
  db: Database,
  claimId: string,
  input: CreateReviewInput,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<Claim> {
  const before = await editableClaim(db, claimId, expectedVersion);
  assertClaimEditable(before, ctx);
  if (!ctx.user) throw new DomainError("unauthenticated", "A verdict needs a signed-in reviewer");
  const review = {
    id: newId("rvw"),
    claimId,
    verdict: input.verdict,
    rationale: input.rationale,
    reviewerId: ctx.user.id,
    reviewedAt: ctx.now,
  };
  return saveClaim(db, ctx, before, { review }, "update", `verdict: ${input.verdict}`, (c) => c);
}

/** Sets a claim's rank (preferred / normal / deprecated) with the reason. */
export async function setRank(
  db: Database,
  claimId: string,
  input: SetRankInput,
  expectedVersion: number | null,
  ctx: WriteContext,
): Promise<Claim> {
  const before = await editableClaim(db, claimId, expectedVersion);
  assertClaimEditable(before, ctx);
  const rankReason = input.rank === "normal" ? (input.reason ?? null) : (input.reason ?? null);
  return saveClaim(db, ctx, before, { rank: input.rank, rankReason }, "rank", input.reason ?? null);
}
