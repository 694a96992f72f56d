import {
  ActorId,
  ActorSchema,
  CreateActorInput,
  UpdateActorInput,
  Version,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: actors"];

/** Actors as admins see them: the domain's Actor plus status, which readers never see. */
export const AdminActorSchema = ActorSchema.extend({
  status: z.enum(["active", "retracted"]).meta({ description: "active, or retracted" }),
}).meta({ id: "AdminActor", description: "An actor with its status" });
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const IdParams = z.object({ id: ActorId });

export const ListQuery = z.object({
  status: z.enum(["active", "retracted"]).optional(),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Text in the name" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: ActorId.optional().meta({ description: "The `next` of the previous page" }),
});

export const ActorPage = z
  .object({ data: z.array(AdminActorSchema), next: ActorId.nullable() })
  .meta({ id: "AdminActorPage" });

/** The changes, plus `version` for clients that cannot send If-Match. */
export const UpdateActorBody = UpdateActorInput.extend({ version: Version.optional() }).meta({
  id: "UpdateActorBody",
  description: "Fields to change; send the version you read in If-Match or here",
});

export const list = createRoute({
  method: "get",
  path: "/actors",
  operationId: "adminListActors",
  summary: "Actors in every status, newest first",
  tags: TAGS,
  request: { query: ListQuery },
  responses: { 200: json(ActorPage, "A page of actors"), ...writeProblemResponses },
});
export type ListRoute = typeof list;

export const get = createRoute({
  method: "get",
  path: "/actors/{id}",
  operationId: "adminGetActor",
  summary: "One actor in any status; ETag carries its version",
  tags: TAGS,
  request: { params: IdParams },
  responses: { 200: json(AdminActorSchema, "The actor"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const create = createRoute({
  method: "post",
  path: "/actors",
  operationId: "adminCreateActor",
  summary: "Create a actor; honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("actor.create"), idempotency] as const,
  request: { body: body(CreateActorInput) },
  responses: { 201: json(AdminActorSchema, "Created"), ...writeProblemResponses },
});
export type CreateRoute = typeof create;

export const update = createRoute({
  method: "patch",
  path: "/actors/{id}",
  operationId: "adminUpdateActor",
  summary: "Change a actor's fields; needs If-Match",
  tags: TAGS,
  middleware: [requireAction("actor.update")] as const,
  request: { params: IdParams, body: body(UpdateActorBody) },
  responses: { 200: json(AdminActorSchema, "Changed"), ...writeProblemResponses },
});
export type UpdateRoute = typeof update;

export const remove = createRoute({
  method: "delete",
  path: "/actors/{id}",
  operationId: "adminDeleteActor",
  summary: "Retract a actor (kept with its history; a tombstone in /v1/changes if readers saw it)",
  tags: TAGS,
  middleware: [requireAction("actor.delete")] as const,
  request: { params: IdParams },
  responses: { 200: json(AdminActorSchema, "Retracted"), ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;
