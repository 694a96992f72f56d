import type { RouteHandler } from "@hono/zod-openapi";
import { listConflicts } from "../../../db/queries/conflicts";
import type { AppEnv } from "../../../env";
import { invalidatePublicCache } from "../../../lib/cache";
import { writeContext } from "../../../middleware/require-user";
import { resolveConflict } from "../../../services/resolve-conflict";
import type { ListRoute, ResolveRoute } from "./conflicts.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const { event, include } = c.req.valid("query");
  const data = await listConflicts(c.get("db"), { open: include === "open", eventId: event });
  return c.json({ data }, 200);
};

export const resolve: RouteHandler<ResolveRoute, AppEnv> = async (c) => {
  const { conflict, claims } = await resolveConflict(
    c.get("db"),
    c.req.valid("json"),
    writeContext(c),
  );
  await invalidatePublicCache();
  return c.json({ conflict, updated: claims }, 200);
};
