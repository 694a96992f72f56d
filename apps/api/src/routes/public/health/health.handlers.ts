import type { RouteHandler } from "@hono/zod-openapi";
import { checkDatabase } from "../../../db/queries/health";
import type { AppEnv } from "../../../env";
import type { HealthRoute } from "./health.routes";

export const getHealth: RouteHandler<HealthRoute, AppEnv> = async (c) => {
  const database = await checkDatabase(c.env.DB);
  const body = {
    status: database.ok ? ("ok" as const) : ("degraded" as const),
    database,
    time: new Date().toISOString(),
  };
  c.header("cache-control", "no-store");
  return database.ok ? c.json(body, 200) : c.json(body, 503);
};
