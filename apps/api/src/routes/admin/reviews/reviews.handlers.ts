import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../env";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { addReview } from "../../../services/claim-links";
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
