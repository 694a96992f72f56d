import type { RouteHandler } from "@hono/zod-openapi";
import {
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  toWebhookEndpoint,
} from "../../../db/queries/webhooks";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { resolverFor } from "../../../lib/resolve-host";
import { currentUser } from "../../../middleware/require-user";
import {
  changeWebhookEndpoint,
  registerWebhookEndpoint,
  removeWebhookEndpoint,
  sendTestEvent,
} from "../../../services/webhooks";
import type {
  CreateRoute,
  DeliveriesRoute,
  GetRoute,
  ListRoute,
  RemoveRoute,
  SendTestRoute,
  UpdateRoute,
} from "./webhooks.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const rows = await listWebhookEndpoints(c.get("db"));
  return c.json({ data: rows.map(toWebhookEndpoint) }, 200);
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const user = currentUser(c);
  const endpoint = await registerWebhookEndpoint(c.get("db"), c.req.valid("json"), {
    userId: user.id,
    resolve: resolverFor(c.env),
    now: new Date(),
  });
  return c.json(endpoint, 201, { location: `/admin/api/webhooks/${endpoint.id}` });
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await getWebhookEndpoint(c.get("db"), id);
  if (!row) throw notFound("webhook endpoint", id);
  return c.json(toWebhookEndpoint(row), 200);
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await changeWebhookEndpoint(c.get("db"), id, c.req.valid("json")), 200);
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await removeWebhookEndpoint(c.get("db"), id);
  return c.body(null, 204);
};

export const deliveries: RouteHandler<DeliveriesRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const db = c.get("db");
  if (!(await getWebhookEndpoint(db, id))) throw notFound("webhook endpoint", id);
  return c.json(await listWebhookDeliveries(db, { endpointId: id, ...c.req.valid("query") }), 200);
};

export const sendTest: RouteHandler<SendTestRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const deliveryId = await sendTestEvent(c.get("db"), c.env.WEBHOOK_DELIVERIES, id, new Date());
  return c.json({ deliveryId }, 202);
};
