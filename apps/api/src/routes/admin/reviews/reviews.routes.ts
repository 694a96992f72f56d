import { ClaimId, ClaimSchema, CreateReviewInput } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { IdempotencyHeaders } from "../../../lib/idempotency";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

export const create = createRoute({
  method: "post",
  path: "/claims/{id}/reviews",
  operationId: "adminReviewClaim",
  summary: "Record a verdict on a claim, by you (reviewers); honours Idempotency-Key",
  tags: ["Admin: claims"],
  middleware: [requireAction("claim.review"), idempotency] as const,
  request: {
    params: z.object({ id: ClaimId }),
    headers: IdempotencyHeaders,
    body: { required: true, content: { "application/json": { schema: CreateReviewInput } } },
  },
  responses: {
    201: {
      description: "The claim with the verdict as its current review",
      content: { "application/json": { schema: ClaimSchema } },
    },
    ...writeProblemResponses,
  },
});
export type CreateRoute = typeof create;
