import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

const EXPOSED = "ETag, Link, Location, Retry-After, x-d1-bookmark, x-request-id";

/**
 * Open CORS for the public reads: any origin may read (no credentials are involved), and a
 * preflight is answered here without touching D1 or the rate limit.
 */
export const publicCors = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === "OPTIONS") {
    return new Response(null, {
      status: 204,
      headers: {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "GET, HEAD, OPTIONS",
        "access-control-allow-headers":
          c.req.header("access-control-request-headers") ??
          "accept, if-none-match, x-d1-bookmark, x-request-id",
        "access-control-max-age": "86400",
        vary: "Access-Control-Request-Headers",
      },
    });
  }
  await next();
  c.res.headers.set("access-control-allow-origin", "*");
  c.res.headers.set("access-control-expose-headers", EXPOSED);
});
