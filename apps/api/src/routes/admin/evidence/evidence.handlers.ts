import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../env";
import { invalidatePublicCache } from "../../../lib/cache";
import { etagFor, optionalVersion } from "../../../lib/concurrency";
import { writeContext } from "../../../middleware/require-user";
import { addEvidence, removeEvidence } from "../../../services/claim-links";
import type { CreateRoute, RemoveRoute } from "./evidence.routes";

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const created = await addEvidence(
    c.get("db"),
    id,
    c.req.valid("json"),
    optionalVersion(c),
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(created, 201, {
    etag: etagFor(created.claim.version),
    location: `/admin/api/claims/${id}/evidence/${created.evidenceId}`,
  });
};

export const remove: RouteHandler<RemoveRoute, AppEnv> = async (c) => {
  const { id, evidenceId } = c.req.valid("param");
  const claim = await removeEvidence(
    c.get("db"),
    id,
    evidenceId,
    optionalVersion(c),
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json(claim, 200, { etag: etagFor(claim.version) });
};
