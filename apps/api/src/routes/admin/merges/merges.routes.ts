import { ClaimId, ClaimSchema, EventId, EventSchema, Version } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: merges"];

const mergeBody = <T extends z.ZodType>(id: T, name: string) =>
  z
    .object({
      /** The record that stays; this one becomes a redirect to it. */
      into: id,
      version: Version.optional(),
    })
    .strict()
    .meta({ id: name, description: "The record to merge this one into" });

export const mergeEvent = createRoute({
  method: "post",
  path: "/events/{id}/merge",
  operationId: "adminMergeEvent",
  summary: "Merge a duplicate event into another; it becomes a 308 redirect to the winner",
  tags: TAGS,
  middleware: [requireAction("event.merge")] as const,
  request: {
    params: z.object({ id: EventId }),
    body: {
      required: true,
      content: { "application/json": { schema: mergeBody(EventId, "MergeEventInput") } },
    },
  },
  responses: {
    200: {
      description: "Both events after the merge",
      content: {
        "application/json": { schema: z.object({ winner: EventSchema, loser: EventSchema }) },
      },
    },
    ...writeProblemResponses,
  },
});
export type MergeEventRoute = typeof mergeEvent;

export const mergeClaim = createRoute({
  method: "post",
  path: "/claims/{id}/merge",
  operationId: "adminMergeClaim",
  summary: "Merge a duplicate claim into another; evidence and events move to the winner",
  tags: TAGS,
  middleware: [requireAction("claim.merge")] as const,
  request: {
    params: z.object({ id: ClaimId }),
    body: {
      required: true,
      content: { "application/json": { schema: mergeBody(ClaimId, "MergeClaimInput") } },
    },
  },
  responses: {
    200: {
      description: "Both claims after the merge",
      content: {
        "application/json": { schema: z.object({ winner: ClaimSchema, loser: ClaimSchema }) },
      },
    },
    ...writeProblemResponses,
  },
});
export type MergeClaimRoute = typeof mergeClaim;
