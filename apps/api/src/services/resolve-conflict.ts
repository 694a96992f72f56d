import type { AssertionProperty, Claim } from "@factline/domain";
import { DomainError } from "@factline/domain";
import type { Database } from "../db/client";
import { type ConflictWithClaims, listConflicts } from "../db/queries/conflicts";
import type { WriteContext } from "../db/queries/write-context";
import { runWrite, type Statements } from "./batch";
import { claimWriteStatements, normalizeClaim } from "./claims";
import { assertClaimEditable } from "./edit-rights";
import { badField } from "./errors";

/** How an editor resolves a conflict: which claims the record prefers, which it deprecates. */
export type ResolveConflictArgs = {
  eventId: string;
  property: AssertionProperty;
  preferredClaimIds: string[];
  /** Why the preferred claims win (kept as their rank reason). */
  reason?: string | null;
  deprecated: { claimId: string; reason: string }[];
};

/**
 * Sets the ranks that resolve a conflict, every claim's rank change and revision in one batch
 * (each claim guarded at the version read), and returns the conflict as it now stands.
 */
export async function resolveConflict(
  db: Database,
  args: ResolveConflictArgs,
  ctx: WriteContext,
): Promise<{ conflict: ConflictWithClaims | null; claims: Claim[] }> {
  const conflict = (await listConflicts(db, { open: false, eventId: args.eventId })).find(
    (c) => c.property === args.property,
  );
  if (!conflict) {
    throw new DomainError("not_found", `No conflict on ${args.property} of event ${args.eventId}`, {
      errors: [{ path: "body.eventId", message: "no conflict on this event and property" }],
    });
  }
  const byId = new Map(conflict.claims.map((c) => [c.id, c]));
  const changes = new Map<string, Pick<Claim, "rank" | "rankReason">>();
  args.preferredClaimIds.forEach((id, i) => {
    if (!byId.has(id))
      throw badField(`body.preferredClaimIds.${i}`, "not a claim in this conflict");
    changes.set(id, {
      rank: "preferred",
      rankReason: args.reason ?? "preferred in conflict resolution",
    });
  });
  args.deprecated.forEach((d, i) => {
    if (!byId.has(d.claimId))
      throw badField(`body.deprecated.${i}.claimId`, "not a claim in this conflict");
    if (changes.has(d.claimId)) {
      throw badField(`body.deprecated.${i}.claimId`, "is also listed as preferred");
    }
    changes.set(d.claimId, { rank: "deprecated", rankReason: d.reason });
  });
  const stmts: Statements = [];
  const updated: Claim[] = [];
  const note = `conflict ${conflict.key} resolved`;
  for (const [id, change] of changes) {
    const before = byId.get(id) as Claim;
    if (before.rank === change.rank && before.rankReason === change.rankReason) continue;
    const at = args.preferredClaimIds.indexOf(id);
    assertClaimEditable(
      before,
      ctx,
      {},
      at >= 0
        ? `body.preferredClaimIds.${at}`
        : `body.deprecated.${args.deprecated.findIndex((d) => d.claimId === id)}.claimId`,
    );
    const after = normalizeClaim({
      ...before,
      ...change,
      version: before.version + 1,
      updatedAt: ctx.now,
    });
    updated.push(after);
    stmts.push(...claimWriteStatements(db, ctx, before, after, "rank", { note }));
  }
  await runWrite(db, stmts, async () => {
    const fresh = (await listConflicts(db, { open: false, eventId: args.eventId })).find(
      (c) => c.property === args.property,
    );
    // Several claims, several versions: answer with the conflict as it now is.
    throw new DomainError(
      "precondition_failed",
      "A claim in this conflict changed while you resolved it; reload the conflict and retry",
      { extra: { current: fresh ?? null } },
    );
  });
  const after = (await listConflicts(db, { open: false, eventId: args.eventId })).find(
    (c) => c.property === args.property,
  );
  return { conflict: after ?? null, claims: updated };
}
