import type { RouteHandler } from "@hono/zod-openapi";
import { getFeed, listFeedItems, listFeeds, toFeedItem } from "../../../db/queries/feeds";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { resolverFor } from "../../../lib/resolve-host";
import { currentUser } from "../../../middleware/require-user";
import { changeFeed, registerFeed, removeFeed, retryDeadItem } from "../../../services/feeds";
import type {
  CreateRoute,
  GetRoute,
  ItemsRoute,
  ListRoute,
  PollRoute,
  RemoveRoute,
  RetryRoute,
  UpdateRoute,
} from "./feeds.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  return c.json({ data: await listFeeds(c.get("db")) }, 200);
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const user = currentUser(c);
  const feed = await registerFeed(c.get("db"), c.req.valid("json"), {
    userId: user.id,
    resolve: resolverFor(c.env),
    now: new Date(),
  });
  return c.json(feed, 201, { location: `/admin/api/feeds/${feed.id}` });
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const feed = await getFeed(c.get("db"), id);
  if (!feed) throw notFound("feed", id);
  return c.json(feed, 200);
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await changeFeed(c.get("db"), id, c.req.valid("json"), new Date()), 200);
};

export const poll: RouteHandler<PollRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json(await changeFeed(c.get("db"), id, { pollNow: true }, new Date()), 200);
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  await removeFeed(c.get("db"), id);
  return c.body(null, 204);
};

export const items: RouteHandler<ItemsRoute, AppEnv> = async (c) => {
  return c.json(await listFeedItems(c.get("db"), c.req.valid("query")), 200);
};

export const retry: RouteHandler<RetryRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const item = await retryDeadItem(c.get("db"), c.env.FEED_ITEMS, id, new Date());
  return c.json(toFeedItem(item), 200);
};
