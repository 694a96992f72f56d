import type { RouteHandler } from "@hono/zod-openapi";
import { listAdminChanges } from "../../../db/queries/admin-changes";
import type { AppEnv } from "../../../env";
import type { ListRoute } from "./changes.routes";

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  const { after, limit } = c.req.valid("query");
  const data = await listAdminChanges(c.get("db"), after, limit);
  // Nothing new keeps the caller's cursor, so polling never goes back to "the latest writes".
  return c.json({ data, last: data[data.length - 1]?.id ?? after ?? null }, 200);
};
