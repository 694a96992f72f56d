import type { RouteHandler } from "@hono/zod-openapi";
import { listAdminActors } from "../../../db/queries/admin-lists";
import { loadAdminActor } from "../../../db/queries/load";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion, requiredVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { createActor, retractActor, updateActor } from "../../../services/actors";
import type { CreateRoute, GetRoute, ListRoute, RemoveRoute, UpdateRoute } from "./actors.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  return c.json(await listAdminActors(c.get("db"), c.req.valid("query")), 200);
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const found = await loadAdminActor(c.get("db"), id);
  if (!found) throw notFound("actor", id);
  return c.json(found.actor, 200, { etag: etagFor(found.actor.version) });
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const actor = await createActor(c.get("db"), c.req.valid("json"), writeContext(c));
  return c.json(actor, 201, {
    etag: etagFor(actor.version),
    location: `/admin/api/actors/${actor.id}`,
  });
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const { version, ...input } = c.req.valid("json");
  const expected = requiredVersion(c, version);
  const { id } = c.req.valid("param");
  const actor = await updateActor(c.get("db"), id, input, expected, writeContext(c));
  await invalidatePublicCache();
  return c.json(actor, 200, { etag: etagFor(actor.version) });
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const actor = await retractActor(c.get("db"), id, optionalVersion(c), writeContext(c));
  await invalidatePublicCache();
  return c.json(actor, 200, { etag: etagFor(actor.version) });
};
