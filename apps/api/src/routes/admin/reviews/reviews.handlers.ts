import type { RouteHandler } from "@hono/zod-openapi";
import { addReview } from "../../../db/queries/write/claim-links";
import type { AppEnv } from "../../../env";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion, writeContext } from "../../../lib/concurrency";
import type { CreateRoute } from "./reviews.routes";

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const claim = await addReview(
    c.get("db"),
    id,
    c.req.valid("json"),
    optionalVersion(c),
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(claim, 201, { etag: etagFor(claim.version) });
};
