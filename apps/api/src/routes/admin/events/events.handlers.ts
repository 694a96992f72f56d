import type { RouteHandler } from "@hono/zod-openapi";
import { listAdminEvents } from "../../../db/queries/admin-lists";
import { getEvent } from "../../../db/queries/events";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion, requiredVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { createEvent, retractEvent, updateEvent } from "../../../services/events";
import { transitionEvent } from "../../../services/transitions";
import type {
  CreateRoute,
  GetRoute,
  ListRoute,
  RemoveRoute,
  TransitionRoute,
  UpdateRoute,
} from "./events.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  return c.json(await listAdminEvents(c.get("db"), c.req.valid("query")), 200);
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  // The public API's loader, with every status visible.
  const event = await getEvent(c.get("db"), id, { visibility: "all" });
  if (!event) throw notFound("event", id);
  return c.json(event, 200, { etag: etagFor(event.version) });
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const event = await createEvent(c.get("db"), c.req.valid("json"), writeContext(c));
  return c.json(event, 201, {
    etag: etagFor(event.version),
    location: `/admin/api/events/${event.id}`,
  });
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const { version, ...input } = c.req.valid("json");
  const expected = requiredVersion(c, version);
  const { id } = c.req.valid("param");
  const event = await updateEvent(c.get("db"), id, input, expected, writeContext(c));
  await invalidatePublicCache();
  return c.json(event, 200, { etag: etagFor(event.version) });
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const event = await retractEvent(c.get("db"), id, optionalVersion(c), writeContext(c));
  await invalidatePublicCache();
  return c.json(event, 200, { etag: etagFor(event.version) });
};

export const transition: RouteHandler<TransitionRoute, AppEnv> = async (c) => {
  const { to, note, version } = c.req.valid("json");
  const expected = requiredVersion(c, version);
  const { id } = c.req.valid("param");
  const event = await transitionEvent(c.get("db"), id, to, expected, writeContext(c), note ?? null);
  await invalidatePublicCache();
  return c.json(event, 200, { etag: etagFor(event.version) });
};
