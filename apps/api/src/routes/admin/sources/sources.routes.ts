import {
  SourceSchema as AdminSourceSchema,
  CreateSourceInput,
  SourceId,
  UpdateSourceInput,
  Version,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: sources"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const IdParams = z.object({ id: SourceId });

export const ListQuery = z.object({
  status: z.enum(["active", "retracted"]).optional(),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Text in the title" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: SourceId.optional().meta({ description: "The `next` of the previous page" }),
});

export const SourcePage = z
  .object({ data: z.array(AdminSourceSchema), next: SourceId.nullable() })
  .meta({ id: "AdminSourcePage" });

/** The changes, plus `version` for clients that cannot send If-Match. */
export const UpdateSourceBody = UpdateSourceInput.extend({ version: Version.optional() }).meta({
  id: "UpdateSourceBody",
  description: "Fields to change; send the version you read in If-Match or here",
});

export const list = createRoute({
  method: "get",
  path: "/sources",
  operationId: "adminListSources",
  summary: "Sources in every status, newest first",
  tags: TAGS,
  request: { query: ListQuery },
  responses: { 200: json(SourcePage, "A page of sources"), ...writeProblemResponses },
});
export type ListRoute = typeof list;

export const get = createRoute({
  method: "get",
  path: "/sources/{id}",
  operationId: "adminGetSource",
  summary: "One source in any status; ETag carries its version",
  tags: TAGS,
  request: { params: IdParams },
  responses: { 200: json(AdminSourceSchema, "The source"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const create = createRoute({
  method: "post",
  path: "/sources",
  operationId: "adminCreateSource",
  summary: "Create a source; honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("source.create"), idempotency] as const,
  request: { body: body(CreateSourceInput) },
  responses: { 201: json(AdminSourceSchema, "Created"), ...writeProblemResponses },
});
export type CreateRoute = typeof create;

export const update = createRoute({
  method: "patch",
  path: "/sources/{id}",
  operationId: "adminUpdateSource",
  summary: "Change a source's fields; needs If-Match",
  tags: TAGS,
  middleware: [requireAction("source.update")] as const,
  request: { params: IdParams, body: body(UpdateSourceBody) },
  responses: { 200: json(AdminSourceSchema, "Changed"), ...writeProblemResponses },
});
export type UpdateRoute = typeof update;

export const remove = createRoute({
  method: "delete",
  path: "/sources/{id}",
  operationId: "adminDeleteSource",
  summary: "Retract a source (kept with its history; a tombstone in /v1/changes if readers saw it)",
  tags: TAGS,
  middleware: [requireAction("source.delete")] as const,
  request: { params: IdParams },
  responses: { 200: json(AdminSourceSchema, "Retracted"), ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;
