import type { RouteHandler } from "@hono/zod-openapi";
import { listAdminClaims } from "../../../db/queries/admin-lists";
import { getClaim } from "../../../db/queries/claims";
import type { AppEnv } from "../../../env";
import { notFound } from "../../../lib/api-error";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion, requiredVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { setRank } from "../../../services/claim-links";
import { createClaim, retractClaim, updateClaim } from "../../../services/claims";
import { transitionClaim } from "../../../services/transitions";
import type {
  CreateRoute,
  GetRoute,
  ListRoute,
  RankRoute,
  RemoveRoute,
  TransitionRoute,
  UpdateRoute,
} from "./claims.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const { event, source, ...rest } = c.req.valid("query");
  return c.json(
    await listAdminClaims(c.get("db"), { ...rest, eventId: event, sourceId: source }),
    200,
  );
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  // The public API's loader, with every status visible.
  const claim = await getClaim(c.get("db"), id, { visibility: "all" });
  if (!claim) throw notFound("claim", id);
  return c.json(claim, 200, { etag: etagFor(claim.version) });
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const claim = await createClaim(c.get("db"), c.req.valid("json"), writeContext(c));
  return c.json(claim, 201, {
    etag: etagFor(claim.version),
    location: `/admin/api/claims/${claim.id}`,
  });
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const { version, ...input } = c.req.valid("json");
  const expected = requiredVersion(c, version);
  const claim = await updateClaim(
    c.get("db"),
    c.req.valid("param").id,
    input,
    expected,
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(claim, 200, { etag: etagFor(claim.version) });
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const claim = await retractClaim(c.get("db"), id, optionalVersion(c), writeContext(c));
  await invalidatePublicCache();
  return c.json(claim, 200, { etag: etagFor(claim.version) });
};

export const transition: RouteHandler<TransitionRoute, AppEnv> = async (c) => {
  const { to, note, version } = c.req.valid("json");
  const expected = requiredVersion(c, version);
  const { id } = c.req.valid("param");
  const claim = await transitionClaim(c.get("db"), id, to, expected, writeContext(c), note ?? null);
  await invalidatePublicCache();
  return c.json(claim, 200, { etag: etagFor(claim.version) });
};

export const rank: RouteHandler<RankRoute, AppEnv> = async (c) => {
  const expected = requiredVersion(c);
  const { id } = c.req.valid("param");
  const claim = await setRank(c.get("db"), id, c.req.valid("json"), expected, writeContext(c));
  await invalidatePublicCache();
  return c.json(claim, 200, { etag: etagFor(claim.version) });
};
