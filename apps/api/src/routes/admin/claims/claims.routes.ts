import {
  ClaimId,
  ClaimSchema,
  ClaimStatus,
  CreateClaimInput,
  EventId,
  SetRankInput,
  SourceId,
  UpdateClaimInput,
} from "@factline/domain";
import { createRoute } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";
import {
  jsonBody,
  jsonResponse,
  recordCrudRoutes,
  recordListQuery,
  recordTransitionRoute,
} from "../record-routes";

const TAG = "Admin: claims";

export const ListQuery = recordListQuery({
  idSchema: ClaimId,
  status: ClaimStatus,
  textIn: "claim",
  filters: {
    event: EventId.optional().meta({ description: "Only claims about this event" }),
    source: SourceId.optional().meta({
      description: "Only claims drawn from this source (its `sourceId` or evidence in it)",
    }),
  },
});

export const { IdParams, list, get, create, update, remove } = recordCrudRoutes({
  noun: "claim",
  tag: TAG,
  idSchema: ClaimId,
  recordSchema: ClaimSchema,
  createInput: CreateClaimInput,
  updateInput: UpdateClaimInput,
  listQuery: ListQuery,
  summaries: {
    list: "Claims in every status, newest first",
    get: "One claim in any status, with evidence and verdict; ETag carries its version",
    create: "Create an unreviewed claim authored by you; honours Idempotency-Key",
    update: "Change a claim's fields; needs If-Match",
    remove: "Retract a claim (kept with its history; a tombstone in /v1/changes if published)",
  },
});
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type CreateRoute = typeof create;
export type UpdateRoute = typeof update;
export type RemoveRoute = typeof remove;

export const { transition } = recordTransitionRoute({
  noun: "claim",
  tag: TAG,
  idParams: IdParams,
  recordSchema: ClaimSchema,
  status: ClaimStatus,
  summary: "Move a claim through unreviewed → in_review → reviewed → published → retracted",
});
export type TransitionRoute = typeof transition;

export const rank = createRoute({
  method: "put",
  path: "/claims/{id}/rank",
  operationId: "adminSetClaimRank",
  summary: "Set a claim's rank (preferred / normal / deprecated) with a reason; needs If-Match",
  tags: [TAG],
  middleware: [requireAction("claim.rank")] as const,
  request: { params: IdParams, body: jsonBody(SetRankInput) },
  responses: { 200: jsonResponse(ClaimSchema, "Ranked"), ...writeProblemResponses },
});
export type RankRoute = typeof rank;
