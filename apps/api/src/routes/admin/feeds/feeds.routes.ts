import {
  CreateFeedInput,
  FeedId,
  FeedItemId,
  FeedItemSchema,
  FeedItemStatus,
  FeedSchema,
  UpdateFeedInput,
} from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";
import { requireAction } from "../../../middleware/require-user";

const TAGS = ["Admin: feeds"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const IdParams = z.object({ id: FeedId });
const ItemIdParams = z.object({ id: FeedItemId });

export const FeedList = z.object({ data: z.array(FeedSchema) }).meta({ id: "FeedList" });

export const FeedItemPage = z
  .object({ data: z.array(FeedItemSchema), next: FeedItemId.nullable() })
  .meta({ id: "FeedItemPage" });

export const ItemsQuery = z.object({
  feedId: FeedId.optional().meta({ description: "Only this feed's items" }),
  status: FeedItemStatus.optional().meta({
    description: "Only items in this status (`dead`: the dead letters)",
  }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: FeedItemId.optional().meta({ description: "The `next` of the previous page" }),
});

export const list = createRoute({
  method: "get",
  path: "/feeds",
  operationId: "adminListFeeds",
  summary: "Watched publisher feeds, with their items counted by outcome",
  tags: TAGS,
  middleware: [requireAction("feed.read")] as const,
  responses: { 200: json(FeedList, "Every watched feed, oldest first"), ...writeProblemResponses },
});
export type ListRoute = typeof list;

export const create = createRoute({
  method: "post",
  path: "/feeds",
  operationId: "adminCreateFeed",
  summary: "Watch a publisher feed (RSS 2.0, Atom or JSON Feed; admins only)",
  tags: TAGS,
  middleware: [requireAction("feed.manage")] as const,
  request: { body: body(CreateFeedInput) },
  responses: {
    201: json(FeedSchema, "The feed, due for its first poll"),
    ...writeProblemResponses,
  },
});
export type CreateRoute = typeof create;

export const get = createRoute({
  method: "get",
  path: "/feeds/{id}",
  operationId: "adminGetFeed",
  summary: "One watched feed",
  tags: TAGS,
  middleware: [requireAction("feed.read")] as const,
  request: { params: IdParams },
  responses: { 200: json(FeedSchema, "The feed"), ...writeProblemResponses },
});
export type GetRoute = typeof get;

export const update = createRoute({
  method: "patch",
  path: "/feeds/{id}",
  operationId: "adminUpdateFeed",
  summary: "Rename, pause, resume or re-time a feed (admins only)",
  tags: TAGS,
  middleware: [requireAction("feed.manage")] as const,
  request: { params: IdParams, body: body(UpdateFeedInput) },
  responses: { 200: json(FeedSchema, "The feed after the change"), ...writeProblemResponses },
});
export type UpdateRoute = typeof update;

export const poll = createRoute({
  method: "post",
  path: "/feeds/{id}/poll",
  operationId: "adminPollFeed",
  summary: "Make a feed due now: the next Cron Trigger run polls it (admins only)",
  tags: TAGS,
  middleware: [requireAction("feed.manage")] as const,
  request: { params: IdParams },
  responses: { 200: json(FeedSchema, "The feed, due now"), ...writeProblemResponses },
});
export type PollRoute = typeof poll;

export const remove = createRoute({
  method: "delete",
  path: "/feeds/{id}",
  operationId: "adminDeleteFeed",
  summary: "Stop watching a feed and forget its items; drafts it brought in stay (admins only)",
  tags: TAGS,
  middleware: [requireAction("feed.manage")] as const,
  request: { params: IdParams },
  responses: { 204: { description: "Forgotten" }, ...writeProblemResponses },
});
export type RemoveRoute = typeof remove;

export const items = createRoute({
  method: "get",
  path: "/feed-items",
  operationId: "adminListFeedItems",
  summary: "Items the feeds listed, newest first: drafts, duplicates, dead letters with reasons",
  tags: TAGS,
  middleware: [requireAction("feed.read")] as const,
  request: { query: ItemsQuery },
  responses: { 200: json(FeedItemPage, "A page of items"), ...writeProblemResponses },
});
export type ItemsRoute = typeof items;

export const retry = createRoute({
  method: "post",
  path: "/feed-items/{id}/retry",
  operationId: "adminRetryFeedItem",
  summary: "Put a dead item back on the ingest queue (admins only)",
  tags: TAGS,
  middleware: [requireAction("feed.manage")] as const,
  request: { params: ItemIdParams },
  responses: { 200: json(FeedItemSchema, "The item, queued again"), ...writeProblemResponses },
});
export type RetryRoute = typeof retry;
