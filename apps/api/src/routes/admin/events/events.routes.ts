import {
  CreateEventInput,
  EventId,
  EventSchema,
  EventStatus,
  UpdateEventInput,
} from "@factline/domain";
import { recordCrudRoutes, recordListQuery, recordTransitionRoute } from "../record-routes";

const TAG = "Admin: events";

export const ListQuery = recordListQuery({
  idSchema: EventId,
  status: EventStatus,
  textIn: "title",
});

export const { IdParams, list, get, create, update, remove } = recordCrudRoutes({
  noun: "event",
  tag: TAG,
  idSchema: EventId,
  recordSchema: EventSchema,
  createInput: CreateEventInput,
  updateInput: UpdateEventInput,
  listQuery: ListQuery,
  summaries: {
    list: "Events in every status, newest first",
    get: "One event in any status; ETag carries its version",
    create: "Create a draft event; honours Idempotency-Key",
    update: "Change an event's fields; needs If-Match",
    remove: "Retract an event (kept with its history; a tombstone in /v1/changes if published)",
  },
});
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type CreateRoute = typeof create;
export type UpdateRoute = typeof update;
export type RemoveRoute = typeof remove;

export const { transition } = recordTransitionRoute({
  noun: "event",
  tag: TAG,
  idParams: IdParams,
  recordSchema: EventSchema,
  status: EventStatus,
  summary: "Move an event through draft → in_review → published → retracted",
});
export type TransitionRoute = typeof transition;
