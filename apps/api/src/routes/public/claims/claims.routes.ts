import {
  ActorSchema,
  ClaimId,
  EventId,
  EventSchema,
  Modality,
  PublicClaimSchema,
  SourceSchema,
  Timestamp,
  Verdict,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";
import { CursorQuery, LimitQuery, pageSchema } from "../../../lib/pagination";

export const ClaimListQuery = z.object({
  event: EventId.optional().openapi({ description: "Only claims about this event" }),
  verdict: Verdict.optional().openapi({ description: "Only claims whose current verdict is this" }),
  modality: Modality.optional(),
  q: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: "Full-text search in claim texts", example: "recognized" }),
  updated_since: Timestamp.optional().openapi({
    description: "Only claims changed after this instant",
  }),
  cursor: CursorQuery,
  limit: LimitQuery,
});

export const ClaimPageSchema = pageSchema(PublicClaimSchema, "ClaimPage");

export const ClaimDetailSchema = z
  .object({
    claim: PublicClaimSchema,
    events: z.array(EventSchema),
    sources: z.array(SourceSchema),
    actors: z.array(ActorSchema),
  })
  .openapi("ClaimDetail");

export const list = createRoute({
  method: "get",
  path: "/v1/claims",
  operationId: "listClaims",
  summary: "List published claims",
  description: "Most recently changed first; keyset pagination through `next`.",
  tags: ["Claims"],
  request: { query: ClaimListQuery },
  responses: {
    200: {
      description: "A page of claims",
      content: { "application/json": { schema: ClaimPageSchema } },
    },
    ...problemResponses,
  },
});

export const detail = createRoute({
  method: "get",
  path: "/v1/claims/{id}",
  operationId: "getClaim",
  summary: "One published claim with its evidence, verdict, events, sources and claimant",
  description: "Send `Accept: application/ld+json` for schema.org `ClaimReview` JSON-LD.",
  tags: ["Claims"],
  request: { params: z.object({ id: ClaimId }) },
  responses: {
    200: {
      description: "The claim",
      content: {
        "application/json": { schema: ClaimDetailSchema },
        "application/ld+json": {
          schema: z
            .record(z.string(), z.unknown())
            .openapi({ description: "schema.org ClaimReview (or Claim when not reviewed)" }),
        },
      },
    },
    308: { description: "The claim was merged into another; Location names it" },
    ...problemResponses,
  },
});

export type ListRoute = typeof list;
export type DetailRoute = typeof detail;
