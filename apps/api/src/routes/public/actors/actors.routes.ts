import { ActorId, ActorKind, ActorSchema, EventSchema } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";
import { CursorQuery, LimitQuery, pageSchema } from "../../../lib/pagination";

export const ActorListQuery = z.object({
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "Part of a name or alias", example: "russia" }),
  kind: ActorKind.optional(),
  cursor: CursorQuery,
  limit: LimitQuery,
});

export const ActorPageSchema = pageSchema(ActorSchema, "ActorPage");

export const ActorDetailSchema = z
  .object({
    actor: ActorSchema,
    events: z.array(EventSchema).openapi({
      description:
        "Published events it takes part in, latest first (at most 100; page with /v1/events?actor=)",
    }),
  })
  .openapi("ActorDetail");

export const list = createRoute({
  method: "get",
  path: "/v1/actors",
  operationId: "listActors",
  summary: "List actors that appear in the published record",
  description: "By name; keyset pagination through `next`.",
  tags: ["Actors"],
  request: { query: ActorListQuery },
  responses: {
    200: {
      description: "A page of actors",
      content: { "application/json": { schema: ActorPageSchema } },
    },
    ...problemResponses,
  },
});

export const detail = createRoute({
  method: "get",
  path: "/v1/actors/{id}",
  operationId: "getActor",
  summary: "One actor and the published events it takes part in",
  tags: ["Actors"],
  request: { params: z.object({ id: ActorId }) },
  responses: {
    200: {
      description: "The actor",
      content: { "application/json": { schema: ActorDetailSchema } },
    },
    308: { description: "The actor was merged into another; Location names it" },
    ...problemResponses,
  },
});

export type ListRoute = typeof list;
export type DetailRoute = typeof detail;
