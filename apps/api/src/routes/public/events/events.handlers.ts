import { eventToJsonLd, toPublicClaim } from "@factline/domain";
import type { RouteHandler } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { type EventKey, listEvents } from "../../../db/queries/event-list";
import { getEventDetail } from "../../../db/queries/events";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { CACHE_CONTROL } from "../../../lib/cache";
import { ftsQueryOrThrow } from "../../../lib/fts";
import { negotiateOrThrow } from "../../../lib/negotiation";
import { decodeCursor, encodeCursor } from "../../../lib/pagination";
import { apiBase, mergedRedirect, nextLink, pageHeaders, typedJson } from "../../../lib/responses";
import type { DetailRoute, ListRoute } from "./events.routes";

const EventKeySchema = z.object({ date: z.string().nullable(), id: z.string() });

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const after: EventKey | undefined = q.cursor
    ? decodeCursor("events", q.cursor, EventKeySchema)
    : undefined;
  const page = await listEvents(c.get("db"), {
    match: q.q !== undefined ? ftsQueryOrThrow(q.q) : undefined,
    actorId: q.actor,
    place: q.place,
    kind: q.kind,
    from: q.from,
    to: q.to,
    updatedSince: q.updated_since,
    after,
    limit: q.limit,
  });
  const next = nextLink(c, page.hasMore, () => encodeCursor("events", page.last));
  pageHeaders(c, next);
  return c.json({ data: page.items, next }, 200);
};

export const detail: RouteHandler<DetailRoute, AppEnv> = async (c) => {
  const type = negotiateOrThrow(c.req.header("accept"), [
    "application/json",
    "application/ld+json",
  ]);
  const { idOrSlug } = c.req.valid("param");
  const found = await getEventDetail(c.get("db"), idOrSlug, { visibility: "public" });
  if (found.status === "merged") return mergedRedirect(c, `/v1/events/${found.mergedInto}`);
  if (found.status === "missing") throw notFound("event", idOrSlug);
  const { mergedInto: _merged, ...body } = found.record;
  if (type === "application/ld+json") {
    return typedJson(
      c,
      eventToJsonLd(body.event, { actors: body.actors, baseUrl: apiBase(c) }),
      "application/ld+json",
    );
  }
  c.header("cache-control", CACHE_CONTROL.detail);
  c.header("vary", "Accept");
  return c.json({ ...body, claims: body.claims.map(toPublicClaim) }, 200);
};
