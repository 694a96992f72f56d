import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { cacheKeyFor } from "../lib/cache";
import { negotiate } from "../lib/negotiation";
import { notModified, withEtag } from "./conditional-get";

// Representations a public GET can vary by; the Accept header is reduced to one of these so
// that the cache holds a handful of variants, not one per browser's Accept string.
function variantOf(accept: string | undefined): string {
  return (
    negotiate(accept, ["application/json", "application/ld+json", "application/atom+xml"]) ??
    "other"
  );
}

/**
 * Serves public GETs from the Cache API (see lib/cache.ts for keys and invalidation). A hit is
 * answered without D1; a hit whose ETag matches If-None-Match is a 304. Only 200 responses
 * with `s-maxage` are stored; streamed exports and bookmark-pinned reads are never cached.
 */
export const edgeCache = createMiddleware<AppEnv>(async (c, next) => {
  const slot = await cacheKeyFor(c.req.raw, variantOf(c.req.header("accept")));
  if (!slot) return next();
  const hit = await slot.cache.match(slot.key);
  if (hit) {
    const res = new Response(hit.body, hit);
    res.headers.set("x-cache", "hit");
    c.res = undefined;
    c.res = notModified(c.req.raw, res) ?? res;
    return;
  }
  await next();
  const cc = c.res.headers.get("cache-control") ?? "";
  const type = c.res.headers.get("content-type") ?? "";
  if (c.res.status !== 200 || !cc.includes("s-maxage") || type.includes("ndjson")) return;
  const res = await withEtag(c.res);
  const stored = res.clone();
  // The bookmark belongs to the request that read D1; a cached copy must not hand it out.
  stored.headers.delete("x-d1-bookmark");
  stored.headers.delete("x-request-id");
  const put = slot.cache.put(slot.key, stored);
  try {
    c.executionCtx.waitUntil(put);
  } catch {
    await put;
  }
  res.headers.set("x-cache", "miss");
  c.res = undefined;
  c.res = res;
});
