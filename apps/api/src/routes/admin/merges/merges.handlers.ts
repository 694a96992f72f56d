import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../env";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { mergeClaims, mergeEvents } from "../../../services/merges";
import type { MergeClaimRoute, MergeEventRoute } from "./merges.routes";

export const mergeEvent: RouteHandler<MergeEventRoute, AppEnv> = async (c) => {
  const { into, version } = c.req.valid("json");
  const { id } = c.req.valid("param");
  const result = await mergeEvents(
    c.get("db"),
    id,
    into,
    optionalVersion(c, version),
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(result, 200, { etag: etagFor(result.loser.version) });
};

export const mergeClaim: RouteHandler<MergeClaimRoute, AppEnv> = async (c) => {
  const { into, version } = c.req.valid("json");
  const { id } = c.req.valid("param");
  const result = await mergeClaims(
    c.get("db"),
    id,
    into,
    optionalVersion(c, version),
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(result, 200, { etag: etagFor(result.loser.version) });
};
