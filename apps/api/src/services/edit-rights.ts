import {
  type Claim,
  checkAction,
  checkClaimEdit,
  checkEdit,
  DomainError,
  type Event,
  editRuleName,
  type Source,
} from "@factline/domain";
import type { WriteContext } from "../db/queries/write-context";

// Who may change a record in its current status is the domain's rule (EDITABLE_BY and the
// verdict rule); the UI only mirrors it, so every write path that changes an event's or a
// claim's fields, links, evidence, verdict or rank asks here first.

function refuse(reason: string, path: string, rule: string): never {
  throw new DomainError("forbidden", reason, {
    errors: [{ path, message: reason }],
    extra: { rule },
  });
}

function roleOf(ctx: WriteContext) {
  if (!ctx.user) throw new DomainError("unauthenticated", "Sign in to change records");
  return ctx.user.role;
}

/** 403 unless the current user may edit `event` in its status. */
export function assertEventEditable(event: Event, ctx: WriteContext, path = "path.id"): void {
  const check = checkEdit("event", event.status, roleOf(ctx));
  if (!check.ok) refuse(check.reason, path, editRuleName("event", event.status));
}

/**
 * 403 unless the current user may edit `claim` in its status, and — for the fields `change`
 * really changes — the verdict rule allows it. Link-only edits (evidence, rank, verdict) pass
 * no change.
 */
export function assertClaimEditable(
  claim: Claim,
  ctx: WriteContext,
  change: Partial<Claim> = {},
  path = "path.id",
): void {
  const fields = Object.keys(change).filter(
    (k) => JSON.stringify(change[k as keyof Claim]) !== JSON.stringify(claim[k as keyof Claim]),
  );
  const check = checkClaimEdit({
    status: claim.status,
    role: roleOf(ctx),
    hasVerdict: claim.review !== null,
    fields,
  });
  if (!check.ok) {
    const rule =
      checkEdit("claim", claim.status, roleOf(ctx)).ok && claim.review !== null
        ? "edit.claim.verdict_bound"
        : editRuleName("claim", claim.status);
    const field = fields.find((f) => ["text", "statement", "assertion"].includes(f));
    refuse(check.reason, rule === "edit.claim.verdict_bound" ? `body.${field}` : path, rule);
  }
}

/**
 * A source's reliability is a reviewer's judgement (`source.rate`): an editor may create and
 * edit sources but not rate them. `before` is the stored source (null on create).
 */
export function assertReliabilityChange(
  before: Pick<Source, "reliability"> | null,
  reliability: Source["reliability"] | undefined,
  ctx: WriteContext,
): void {
  const unchanged = before ? before.reliability : "unrated";
  if (reliability === undefined || reliability === unchanged) return;
  const check = checkAction(roleOf(ctx), "source.rate");
  if (!check.ok) refuse(check.reason, "body.reliability", "action.source.rate");
}
