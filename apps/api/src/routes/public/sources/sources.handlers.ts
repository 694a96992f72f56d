import { toPublicClaim } from "@factline/domain";
import type { RouteHandler } from "@hono/zod-openapi";
import { getSourceDetail } from "../../../db/queries/sources";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { CACHE_CONTROL } from "../../../lib/cache";
import { negotiateOrThrow } from "../../../lib/negotiation";
import { mergedRedirect } from "../../../lib/responses";
import type { DetailRoute } from "./sources.routes";

export const detail: RouteHandler<DetailRoute, AppEnv> = async (c) => {
  negotiateOrThrow(c.req.header("accept"), ["application/json"]);
  const { id } = c.req.valid("param");
  const found = await getSourceDetail(c.get("db"), id, { visibility: "public" });
  if (found.status === "merged") return mergedRedirect(c, `/v1/sources/${found.mergedInto}`);
  if (found.status === "missing") throw notFound("source", id);
  const { mergedInto: _merged, ...body } = found.record;
  c.header("cache-control", CACHE_CONTROL.detail);
  return c.json({ ...body, claims: body.claims.map(toPublicClaim) }, 200);
};
