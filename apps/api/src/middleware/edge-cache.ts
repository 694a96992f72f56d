import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { cacheKeyFor } from "../lib/cache";
import { type MemoryEntry, memoryGet, memoryPut } from "../lib/cache-memory";
import { etagFor, ifNoneMatchMatches } from "../lib/etag";
import { negotiate } from "../lib/negotiation";
import { notModified, notModifiedFrom } from "./conditional-get";

// Representations a public GET can vary by; the Accept header is reduced to one of these so
// that the cache holds a handful of variants, not one per browser's Accept string.
function variantOf(accept: string | undefined): string {
  return (
    negotiate(accept, ["application/json", "application/ld+json", "application/atom+xml"]) ??
    "other"
  );
}

// The bookmark and the request id belong to the request that read D1; a stored copy must not
// hand them out.
const NOT_STORED = ["x-d1-bookmark", "x-request-id"];

function fromMemory(req: Request, entry: MemoryEntry): Response {
  const headers = new Headers(entry.headers);
  headers.set("x-cache", "hit");
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), entry.etag)) {
    return notModifiedFrom(headers);
  }
  return new Response(entry.body, { status: 200, headers });
}

/**
 * Serves public GETs from the in-isolate tier, then the Cache API (see lib/cache.ts and
 * lib/cache-memory.ts for keys and invalidation). A hit is answered without D1, and from memory
 * without any I/O; a hit whose ETag matches If-None-Match is a 304. Only 200 responses with
 * `s-maxage` are stored; streamed exports and bookmark-pinned reads are never cached.
 */
export const edgeCache = createMiddleware<AppEnv>(async (c, next) => {
  const slot = await cacheKeyFor(c.req.raw, variantOf(c.req.header("accept")));
  if (!slot) return next();
  const kept = memoryGet(slot.key);
  if (kept) {
    c.res = undefined;
    c.res = fromMemory(c.req.raw, kept);
    return;
  }
  const hit = await slot.cache.match(slot.key);
  if (hit) {
    const body = await hit.arrayBuffer();
    const entry = memoryPut(slot.key, body, hit.headers);
    const res = new Response(body, hit);
    res.headers.set("x-cache", "hit");
    c.res = undefined;
    c.res = entry ? fromMemory(c.req.raw, entry) : (notModified(c.req.raw, res) ?? res);
    return;
  }
  await next();
  const cc = c.res.headers.get("cache-control") ?? "";
  const type = c.res.headers.get("content-type") ?? "";
  if (c.res.status !== 200 || !cc.includes("s-maxage") || type.includes("ndjson")) return;
  // The body is read once and shared by the response, the stored copy and the memory entry.
  const body = await c.res.arrayBuffer();
  const headers = new Headers(c.res.headers);
  if (!headers.has("etag")) headers.set("etag", await etagFor(body));
  const stored = new Headers(headers);
  for (const name of NOT_STORED) stored.delete(name);
  const put = slot.cache.put(slot.key, new Response(body, { status: 200, headers: stored }));
  try {
    c.executionCtx.waitUntil(put);
  } catch {
    await put;
  }
  memoryPut(slot.key, body, stored);
  headers.set("x-cache", "miss");
  c.res = undefined;
  c.res = new Response(body, { status: 200, headers });
});
