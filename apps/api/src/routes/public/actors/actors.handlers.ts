import { type RouteHandler, z } from "@hono/zod-openapi";
import { listActors } from "../../../db/queries/actor-list";
import { getActorDetail } from "../../../db/queries/actors";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { CACHE_CONTROL } from "../../../lib/cache";
import { negotiateOrThrow } from "../../../lib/negotiation";
import { decodeCursor, encodeCursor } from "../../../lib/pagination";
import { mergedRedirect, nextLink, pageHeaders } from "../../../lib/responses";
import type { DetailRoute, ListRoute } from "./actors.routes";

const ActorKeySchema = z.object({ name: z.string(), id: z.string() });

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const page = await listActors(c.get("db"), {
    q: q.q,
    kind: q.kind,
    after: q.cursor ? decodeCursor("actors", q.cursor, ActorKeySchema) : undefined,
    limit: q.limit,
  });
  const next = nextLink(c, page.hasMore, () => encodeCursor("actors", page.last));
  pageHeaders(c, next);
  return c.json({ data: page.items, next }, 200);
};

export const detail: RouteHandler<DetailRoute, AppEnv> = async (c) => {
  negotiateOrThrow(c.req.header("accept"), ["application/json"]);
  const { id } = c.req.valid("param");
  const found = await getActorDetail(c.get("db"), id, { visibility: "public" });
  if (found.status === "merged") return mergedRedirect(c, `/v1/actors/${found.mergedInto}`);
  if (found.status === "missing") throw notFound("actor", id);
  const { mergedInto: _merged, ...body } = found.record;
  c.header("cache-control", CACHE_CONTROL.detail);
  return c.json(body, 200);
};
