import type { RouteHandler } from "@hono/zod-openapi";
import { listAdminSources } from "../../../db/queries/admin-lists";
import { getSource } from "../../../db/queries/sources";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion, requiredVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { createSource, retractSource, updateSource } from "../../../services/sources";
import type { CreateRoute, GetRoute, ListRoute, RemoveRoute, UpdateRoute } from "./sources.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  return c.json(await listAdminSources(c.get("db"), c.req.valid("query")), 200);
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  // The public API's loader, with every status visible.
  const source = await getSource(c.get("db"), id, { visibility: "all" });
  if (!source) throw notFound("source", id);
  return c.json(source, 200, { etag: etagFor(source.version) });
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const source = await createSource(c.get("db"), c.req.valid("json"), writeContext(c));
  return c.json(source, 201, {
    etag: etagFor(source.version),
    location: `/admin/api/sources/${source.id}`,
  });
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const { version, ...input } = c.req.valid("json");
  const expected = requiredVersion(c, version);
  const { id } = c.req.valid("param");
  const source = await updateSource(c.get("db"), id, input, expected, writeContext(c));
  await invalidatePublicCache();
  return c.json(source, 200, { etag: etagFor(source.version) });
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const source = await retractSource(c.get("db"), id, optionalVersion(c), writeContext(c));
  await invalidatePublicCache();
  return c.json(source, 200, { etag: etagFor(source.version) });
};
