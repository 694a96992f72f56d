import {
  CreateEventInput,
  EventId,
  EventSchema,
  EventStatus,
  UpdateEventInput,
  Version,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: events"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const IdParams = z.object({ id: EventId });

export const ListQuery = z.object({
  status: EventStatus.optional(),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Text in the title" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: EventId.optional().meta({ description: "The `next` of the previous page" }),
});

export const EventPage = z
  .object({ data: z.array(EventSchema), next: EventId.nullable() })
  .meta({ id: "AdminEventPage" });

/** The changes, plus `version` for clients that cannot send If-Match. */
export const UpdateEventBody = UpdateEventInput.extend({ version: Version.optional() }).meta({
  id: "UpdateEventBody",
  description: "Fields to change; send the version you read in If-Match or here",
});

export const EventTransitionBody = z
  .object({
    to: EventStatus,
    note: z.string().trim().max(2000).optional(),
    version: Version.optional(),
  })
  .strict()
  .meta({ id: "EventTransitionBody", description: "The status to move the event to" });

export const list = createRoute({
  method: "get",
  path: "/events",
  operationId: "adminListEvents",
  summary: "Events in every status, newest first",
  tags: TAGS,
  request: { query: ListQuery },
  responses: { 200: json(EventPage, "A page of events"), ...writeProblemResponses },
});
export type ListRoute = typeof list;

export const get = createRoute({
  method: "get",
  path: "/events/{id}",
  operationId: "adminGetEvent",
  summary: "One event in any status; ETag carries its version",
  tags: TAGS,
  request: { params: IdParams },
  responses: { 200: json(EventSchema, "The event"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const create = createRoute({
  method: "post",
  path: "/events",
  operationId: "adminCreateEvent",
  summary: "Create a draft event; honours Idempotency-Key",
  tags: TAGS,
  middleware: [requireAction("event.create"), idempotency] as const,
  request: { body: body(CreateEventInput) },
  responses: { 201: json(EventSchema, "Created"), ...writeProblemResponses },
});
export type CreateRoute = typeof create;

export const update = createRoute({
  method: "patch",
  path: "/events/{id}",
  operationId: "adminUpdateEvent",
  summary: "Change an event's fields; needs If-Match",
  tags: TAGS,
  middleware: [requireAction("event.update")] as const,
  request: { params: IdParams, body: body(UpdateEventBody) },
  responses: { 200: json(EventSchema, "Changed"), ...writeProblemResponses },
});
export type UpdateRoute = typeof update;

export const remove = createRoute({
  method: "delete",
  path: "/events/{id}",
  operationId: "adminDeleteEvent",
  summary: "Retract an event (kept with its history; a tombstone in /v1/changes if published)",
  tags: TAGS,
  middleware: [requireAction("event.delete")] as const,
  request: { params: IdParams },
  responses: { 200: json(EventSchema, "Retracted"), ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;

export const transition = createRoute({
  method: "post",
  path: "/events/{id}/transition",
  operationId: "adminTransitionEvent",
  summary: "Move an event through draft → in_review → published → retracted",
  tags: TAGS,
  request: { params: IdParams, body: body(EventTransitionBody) },
  responses: { 200: json(EventSchema, "Moved"), ...writeProblemResponses },
});
export type TransitionRoute = typeof transition;
