import { createMiddleware } from "hono/factory";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";

/**
 * Puts a drizzle client on the context. Public reads (/v1) get theirs from `d1Session`, over a
 * D1 session, and only when they reach D1: building a drizzle client with the schema is not
 * free, and a cache hit or 304 needs none.
 */
export const database = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.req.path.startsWith("/v1/")) c.set("db", createDb(c.env.DB));
  await next();
});
