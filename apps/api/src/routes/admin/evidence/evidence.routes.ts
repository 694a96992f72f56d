import { ClaimId, ClaimSchema, CreateEvidenceInput, EvidenceId } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { IdempotencyHeaders } from "../../../lib/idempotency";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: claims"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const EvidenceCreated = z
  .object({ evidenceId: EvidenceId, claim: ClaimSchema })
  .meta({ id: "EvidenceCreated", description: "The new link's id and the claim it is now on" });

export const create = createRoute({
  method: "post",
  path: "/claims/{id}/evidence",
  operationId: "adminAddEvidence",
  summary: "Link a source passage to a claim (If-Match optional); honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("evidence.create"), idempotency] as const,
  request: {
    params: z.object({ id: ClaimId }),
    headers: IdempotencyHeaders,
    body: { required: true, content: { "application/json": { schema: CreateEvidenceInput } } },
  },
  responses: { 201: json(EvidenceCreated, "Linked"), ...writeProblemResponses },
});
export type CreateRoute = typeof create;

export const remove = createRoute({
  method: "delete",
  path: "/claims/{id}/evidence/{evidenceId}",
  operationId: "adminRemoveEvidence",
  summary: "Unlink a source passage from a claim (If-Match optional)",
  tags: TAGS,
  middleware: [requireAction("evidence.delete")] as const,
  request: { params: z.object({ id: ClaimId, evidenceId: EvidenceId }) },
  responses: { 200: json(ClaimSchema, "The claim without the link"), ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;
