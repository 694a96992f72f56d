import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/api-error";

// The binding's period (wrangler.jsonc `ratelimits[].simple.period`); a client that hit the
// limit is told to wait at most this long.
const PERIOD_SECONDS = 60;

/**
 * Limits public reads that reach D1 per client IP with the Workers rate-limit binding
 * (simulated locally by miniflare). Mounted after the edge cache, so it counts only requests the
 * cache could not answer: list, detail and search misses, the export, the change feed. Cache
 * hits and their 304s never consult it: they touch neither D1 nor the binding, and a flood of
 * them is the edge's to absorb (WAF rate-limiting rules, see README). Keyed by
 * `cf-connecting-ip`, which Cloudflare sets and clients cannot spoof at the edge. Over the
 * limit: 429 problem with Retry-After.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limiter = c.env.PUBLIC_RATE_LIMITER;
  // Cloudflare always sets cf-connecting-ip (and wrangler dev does too); only in-process calls
  // (tests, service bindings) lack it, and those are not clients to limit.
  const ip = c.req.header("cf-connecting-ip");
  if (limiter && ip) {
    const key = `ip:${ip}`;
    const { success } = await limiter.limit({ key });
    if (!success) {
      throw new ApiError("rate_limited", `Too many requests; retry after ${PERIOD_SECONDS} s`, {
        headers: { "retry-after": String(PERIOD_SECONDS) },
      });
    }
  }
  await next();
});
