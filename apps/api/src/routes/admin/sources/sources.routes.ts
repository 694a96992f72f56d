import {
  SourceSchema as AdminSourceSchema,
  CreateSourceInput,
  SourceId,
  UpdateSourceInput,
} from "@factline/domain";
import { z } from "@hono/zod-openapi";
import { recordCrudRoutes, recordListQuery } from "../record-routes";

export const ListQuery = recordListQuery({
  idSchema: SourceId,
  status: z.enum(["active", "retracted"]),
  textIn: "title",
  filters: {
    embeddedIn: SourceId.optional().meta({
      description: "Only the posts embedded in this article source",
    }),
  },
});

export const { IdParams, list, get, create, update, remove } = recordCrudRoutes({
  noun: "source",
  tag: "Admin: sources",
  idSchema: SourceId,
  recordSchema: AdminSourceSchema,
  createInput: CreateSourceInput,
  updateInput: UpdateSourceInput,
  listQuery: ListQuery,
  summaries: {
    list: "Sources in every status, newest first",
    get: "One source in any status; ETag carries its version",
    create: "Create a source; honours Idempotency-Key",
    update: "Change a source's fields; needs If-Match",
    remove:
      "Retract a source (kept with its history; a tombstone in /v1/changes if readers saw it)",
  },
});
export type ListRoute = typeof list;
export type GetRoute = typeof get;
export type CreateRoute = typeof create;
export type UpdateRoute = typeof update;
export type RemoveRoute = typeof remove;
