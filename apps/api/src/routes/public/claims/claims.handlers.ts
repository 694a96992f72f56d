import { claimToJsonLd, toPublicClaim } from "@factline/domain";
import { type RouteHandler, z } from "@hono/zod-openapi";
import { listClaims } from "../../../db/queries/claim-list";
import { getClaimDetail } from "../../../db/queries/claims";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { CACHE_CONTROL } from "../../../lib/cache";
import { ftsQueryOrThrow } from "../../../lib/fts";
import { negotiateOrThrow } from "../../../lib/negotiation";
import { decodeCursor, encodeCursor } from "../../../lib/pagination";
import {
  apiBase,
  mergedRedirect,
  nextLink,
  pageHeaders,
  publisherFor,
  typedJson,
} from "../../../lib/responses";
import type { DetailRoute, ListRoute } from "./claims.routes";

const ClaimKeySchema = z.object({ updatedAt: z.string(), id: z.string() });

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const page = await listClaims(c.get("db"), {
    eventId: q.event,
    verdict: q.verdict,
    modality: q.modality,
    match: q.q !== undefined ? ftsQueryOrThrow(q.q) : undefined,
    updatedSince: q.updated_since,
    after: q.cursor ? decodeCursor("claims", q.cursor, ClaimKeySchema) : undefined,
    limit: q.limit,
  });
  const next = nextLink(c, page.hasMore, () => encodeCursor("claims", page.last));
  pageHeaders(c, next);
  return c.json({ data: page.items.map(toPublicClaim), next }, 200);
};

export const detail: RouteHandler<DetailRoute, AppEnv> = async (c) => {
  const type = negotiateOrThrow(c.req.header("accept"), [
    "application/json",
    "application/ld+json",
  ]);
  const { id } = c.req.valid("param");
  const found = await getClaimDetail(c.get("db"), id, { visibility: "public" });
  if (found.status === "merged") return mergedRedirect(c, `/v1/claims/${found.mergedInto}`);
  if (found.status === "missing") throw notFound("claim", id);
  const { mergedInto: _merged, ...body } = found.record;
  if (type === "application/ld+json") {
    const claim = body.claim;
    const ld = claimToJsonLd(claim, {
      source: body.sources.find((s) => s.id === claim.sourceId) ?? null,
      actor: body.actors.find((a) => a.id === claim.actorId) ?? null,
      baseUrl: apiBase(c),
      publisher: publisherFor(c),
    });
    return typedJson(c, ld, "application/ld+json");
  }
  c.header("cache-control", CACHE_CONTROL.detail);
  c.header("vary", "Accept");
  return c.json({ ...body, claim: toPublicClaim(body.claim) }, 200);
};
