import {
  ClaimId,
  ClaimSchema,
  ClaimStatus,
  CreateClaimInput,
  EventId,
  SetRankInput,
  UpdateClaimInput,
  Version,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: claims"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const IdParams = z.object({ id: ClaimId });

export const ListQuery = z.object({
  status: ClaimStatus.optional(),
  event: EventId.optional().meta({ description: "Only claims about this event" }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Text in the claim" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: ClaimId.optional().meta({ description: "The `next` of the previous page" }),
});

export const ClaimPage = z
  .object({ data: z.array(ClaimSchema), next: ClaimId.nullable() })
  .meta({ id: "AdminClaimPage" });

export const UpdateClaimBody = UpdateClaimInput.extend({ version: Version.optional() }).meta({
  id: "UpdateClaimBody",
  description: "Fields to change; send the version you read in If-Match or here",
});

export const ClaimTransitionBody = z
  .object({
    to: ClaimStatus,
    note: z.string().trim().max(2000).optional(),
    version: Version.optional(),
  })
  .strict()
  .meta({ id: "ClaimTransitionBody", description: "The status to move the claim to" });

export const list = createRoute({
  method: "get",
  path: "/claims",
  operationId: "adminListClaims",
  summary: "Claims in every status, newest first",
  tags: TAGS,
  request: { query: ListQuery },
  responses: { 200: json(ClaimPage, "A page of claims"), ...writeProblemResponses },
});
export type ListRoute = typeof list;

export const get = createRoute({
  method: "get",
  path: "/claims/{id}",
  operationId: "adminGetClaim",
  summary: "One claim in any status, with evidence and verdict; ETag carries its version",
  tags: TAGS,
  request: { params: IdParams },
  responses: { 200: json(ClaimSchema, "The claim"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const create = createRoute({
  method: "post",
  path: "/claims",
  operationId: "adminCreateClaim",
  summary: "Create an unreviewed claim authored by you; honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("claim.create"), idempotency] as const,
  request: { body: body(CreateClaimInput) },
  responses: { 201: json(ClaimSchema, "Created"), ...writeProblemResponses },
});
export type CreateRoute = typeof create;

export const update = createRoute({
  method: "patch",
  path: "/claims/{id}",
  operationId: "adminUpdateClaim",
  summary: "Change a claim's fields; needs If-Match",
  tags: TAGS,
  middleware: [requireAction("claim.update")] as const,
  request: { params: IdParams, body: body(UpdateClaimBody) },
  responses: { 200: json(ClaimSchema, "Changed"), ...writeProblemResponses },
});
export type UpdateRoute = typeof update;

export const remove = createRoute({
  method: "delete",
  path: "/claims/{id}",
  operationId: "adminDeleteClaim",
  summary: "Retract a claim (kept with its history; a tombstone in /v1/changes if published)",
  tags: TAGS,
  middleware: [requireAction("claim.delete")] as const,
  request: { params: IdParams },
  responses: { 200: json(ClaimSchema, "Retracted"), ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;

export const transition = createRoute({
  method: "post",
  path: "/claims/{id}/transition",
  operationId: "adminTransitionClaim",
  summary: "Move a claim through unreviewed → in_review → reviewed → published → retracted",
  tags: TAGS,
  request: { params: IdParams, body: body(ClaimTransitionBody) },
  responses: { 200: json(ClaimSchema, "Moved"), ...writeProblemResponses },
});
export type TransitionRoute = typeof transition;

export const rank = createRoute({
  method: "put",
  path: "/claims/{id}/rank",
  operationId: "adminSetClaimRank",
  summary: "Set a claim's rank (preferred / normal / deprecated) with a reason; needs If-Match",
  tags: TAGS,
  middleware: [requireAction("claim.rank")] as const,
  request: { params: IdParams, body: body(SetRankInput) },
  responses: { 200: json(ClaimSchema, "Ranked"), ...writeProblemResponses },
});
export type RankRoute = typeof rank;
