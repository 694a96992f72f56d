import { AssertionProperty, ClaimId, ClaimSchema, ConflictSchema, EventId } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: conflicts"];

export const ConflictWithClaims = ConflictSchema.extend({
  claims: z.array(ClaimSchema).meta({ description: "Every claim in the conflict" }),
  event: z
    .object({ id: EventId, title: z.string() })
    .nullable()
    .meta({ description: "The event's id and title" }),
}).meta({ id: "ConflictWithClaims", description: "A conflict and the claims in it" });

export const ListQuery = z.object({
  event: EventId.optional().meta({ description: "Only conflicts about this event" }),
  include: z
    .enum(["open", "all"])
    .default("open")
    .meta({ description: "open (default) or all, including resolved ones" }),
});

export const ResolveConflictInput = z
  .object({
    /** The event the conflicting claims are about. */
    eventId: EventId,
    /** The property they disagree on. */
    property: AssertionProperty,
    /** The claims the record prefers. */
    preferredClaimIds: z.array(ClaimId).min(1).max(100),
    /** Why they are preferred. */
    reason: z.string().trim().min(1).max(2000).optional(),
    /** The claims the record deprecates, each with the reason. */
    deprecated: z
      .array(z.object({ claimId: ClaimId, reason: z.string().trim().min(1).max(2000) }).strict())
      .max(100)
      .default([]),
  })
  .strict()
  .meta({ id: "ResolveConflictInput", description: "Ranks that resolve one conflict" });

export const list = createRoute({
  method: "get",
  path: "/conflicts",
  operationId: "adminListConflicts",
  summary: "Open conflicts: claims disagreeing on one property of one event",
  tags: TAGS,
  request: { query: ListQuery },
  responses: {
    200: {
      description: "Conflicts, by event then property",
      content: {
        "application/json": { schema: z.object({ data: z.array(ConflictWithClaims) }) },
      },
    },
    ...writeProblemResponses,
  },
});
export type ListRoute = typeof list;

export const resolve = createRoute({
  method: "post",
  path: "/conflicts/resolve",
  operationId: "adminResolveConflict",
  summary: "Resolve a conflict by ranking its claims (preferred / deprecated), one batch",
  tags: TAGS,
  middleware: [requireAction("claim.rank")] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: ResolveConflictInput } } },
  },
  responses: {
    200: {
      description: "The conflict as it now stands (resolved when the ranks settle it)",
      content: {
        "application/json": {
          schema: z.object({
            conflict: ConflictWithClaims.nullable(),
            updated: z.array(ClaimSchema),
          }),
        },
      },
    },
    ...writeProblemResponses,
  },
});
export type ResolveRoute = typeof resolve;
