import { ActorId, ActorSchema, CreateActorInput, UpdateActorInput } from "@factline/domain";
import { z } from "@hono/zod-openapi";
import { recordCrudRoutes, recordListQuery } from "../record-routes";

/** Actors as admins see them: the domain's Actor plus status, which readers never see. */
export const AdminActorSchema = ActorSchema.extend({
  status: z.enum(["active", "retracted"]).meta({ description: "active, or retracted" }),
}).meta({ id: "AdminActor", description: "An actor with its status" });

export const ListQuery = recordListQuery({
  idSchema: ActorId,
  status: z.enum(["active", "retracted"]),
  textIn: "name",
});

export const { IdParams, list, get, create, update, remove } = recordCrudRoutes({
  noun: "actor",
  tag: "Admin: actors",
  idSchema: ActorId,
  recordSchema: AdminActorSchema,
  createInput: CreateActorInput,
  updateInput: UpdateActorInput,
  listQuery: ListQuery,
  summaries: {
    list: "Actors in every status, newest first",
    get: "One actor in any status; ETag carries its version",
    create: "Create an actor; honours Idempotency-Key",
    update: "Change an actor's fields; needs If-Match",
    remove:
      "Retract an actor (kept with its history; a tombstone in /v1/changes if readers saw it)",
  },
});
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type CreateRoute = typeof create;
export type UpdateRoute = typeof update;
export type RemoveRoute = typeof remove;
