import {
  type Claim,
  type ClaimStatus,
  checkTransition,
  DomainError,
  type Event,
  type EventStatus,
} from "@factline/domain";
import type { Database } from "../db/client";
import type { WriteContext } from "../db/queries/write-context";
import { staleVersion } from "./batch";
import { editableClaim, saveClaim } from "./claims";
import { requireEvent, setEventStatus } from "./events";

function refuse(check: ReturnType<typeof checkTransition>): void {
  if (!check.ok) {
    throw new DomainError(check.code, check.reason, {
      errors: [{ path: "body.to", message: check.reason }],
    });
  }
}

/**
 * Moves a claim through the review workflow by the domain's rules (roles, no self-approval,
 * a verdict before approval). Publishing stamps publishedAt the first time.
 */
export async function transitionClaim(
  db: Database,
  id: string,
  to: ClaimStatus,
  expectedVersion: number,
  ctx: WriteContext,
  note: string | null = null,
): Promise<Claim> {
  if (!ctx.user) throw new DomainError("unauthenticated", "Sign in to change a claim's status");
  const before = await editableClaim(db, id, expectedVersion);
  refuse(
    checkTransition({
      entity: "claim",
      from: before.status,
      to,
      role: ctx.user.role,
      actorId: ctx.user.id,
      authorId: before.createdBy,
      hasReview: before.review !== null,
    }),
  );
  const publishedAt = to === "published" ? (before.publishedAt ?? ctx.now) : before.publishedAt;
  return saveClaim(db, ctx, before, { status: to, publishedAt }, "transition", note);
}

/** Moves an event through draft → in_review → published → retracted by the domain's rules. */
export async function transitionEvent(
  db: Database,
  id: string,
  to: EventStatus,
  expectedVersion: number,
  ctx: WriteContext,
  note: string | null = null,
): Promise<Event> {
  if (!ctx.user) throw new DomainError("unauthenticated", "Sign in to change an event's status");
  const { event: before, mergedInto } = await requireEvent(db, id);
  if (mergedInto) {
    throw new DomainError("gone", `Event ${id} was merged into ${mergedInto}`, {
      extra: { mergedInto },
    });
  }
  if (before.version !== expectedVersion) throw staleVersion(before.version, before);
  const author = await db.query.eventsTable.findFirst({
    columns: { createdBy: true },
    where: (t, { eq }) => eq(t.id, id),
  });
  refuse(
    checkTransition({
      entity: "event",
      from: before.status,
      to,
      role: ctx.user.role,
      actorId: ctx.user.id,
      authorId: author?.createdBy ?? null,
    }),
  );
  return setEventStatus(db, before, to, ctx, note);
}
