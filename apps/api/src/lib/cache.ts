/**
 * Edge caching of public reads through the Workers Cache API, and its invalidation.
 *
 * Design: every cached public response is stored under its URL plus a *generation token*, and
 * the current token itself lives in the same cache under a fixed internal key. Invalidating is
 * one `put` of a fresh token: every earlier entry (details, lists with any query, search, feed)
 * becomes unreachable at once, with no list of URLs to purge and no D1 read on a cache hit.
 * Other isolates of the same data centre see the new token within a second (see the memo).
 * The Cache API is per data centre, so the token covers the data centre that served the write;
 * others fall back to the responses' `s-maxage` (kept short, see CACHE_CONTROL). The cache is
 * skipped when the client sends `x-d1-bookmark` (it wants to read its own write from D1).
 */

import { memoryClear } from "./cache-memory";

/** Cache-Control for public reads: browsers revalidate soon, the edge keeps a little longer. */
export const CACHE_CONTROL = {
  detail: "public, max-age=60, s-maxage=300",
  list: "public, max-age=30, s-maxage=60",
  /** Documents that only change with a deploy (the OpenAPI document, /docs). */
  static: "public, max-age=300, s-maxage=3600",
} as const;

const GENERATION_URL = "https://cache.factline.internal/__generation";

// `caches.default` is absent outside workerd (node tests of pure code) and a no-op on
// workers.dev; every caller treats a missing cache as "do not cache".
function edgeCache(): Cache | null {
  const c = (globalThis as { caches?: CacheStorage & { default?: Cache } }).caches;
  return c?.default ?? null;
}

function generationResponse(token: string): Response {
  return new Response(token, { headers: { "cache-control": "public, max-age=31536000" } });
}

// The token is remembered in the isolate for a moment, so a cache hit costs one Cache API
// lookup instead of two. The isolate that invalidates forgets it at once; other isolates pick
// up a new token within GENERATION_MEMO_MS.
const GENERATION_MEMO_MS = 1000;
let memo: { token: string; until: number } | null = null;

/** The current generation token; creates one when the cache has none (e.g. evicted). */
export async function currentCacheGeneration(cache: Cache): Promise<string> {
  const now = Date.now();
  if (memo && memo.until > now) return memo.token;
  const hit = await cache.match(GENERATION_URL);
  let token: string;
  if (hit) {
    token = await hit.text();
  } else {
    token = crypto.randomUUID();
    await cache.put(GENERATION_URL, generationResponse(token));
  }
  // A new token (another isolate invalidated, or the token was evicted) strands every entry of
  // the in-isolate tier; dropping them frees the memory at once.
  if (memo?.token !== token) memoryClear();
  memo = { token, until: now + GENERATION_MEMO_MS };
  return token;
}

/**
 * Makes every cached public read stale. The admin API calls it after a write that changes what
 * /v1 shows (publish, update of a published record, retract, merge), after its D1 batch
 * succeeded and before it answers, so the editor's next public read is fresh.
 */
export async function invalidatePublicCache(): Promise<void> {
  memo = null;
  memoryClear();
  const cache = edgeCache();
  if (!cache) return;
  await cache.put(GENERATION_URL, generationResponse(crypto.randomUUID()));
}

/**
 * The cache and the key (a URL) a public GET is stored under, or null when it must not be
 * cached. The same key names the entry in the in-isolate tier (lib/cache-memory.ts).
 */
export async function cacheKeyFor(
  request: Request,
  variant: string,
): Promise<{ cache: Cache; key: string } | null> {
  const cache = edgeCache();
  // HEAD shares GET's entry: Hono answers it by running the GET handler and dropping the body,
  // so a HEAD that missed the cache would cost a full D1 read for nothing.
  const readable = request.method === "GET" || request.method === "HEAD";
  if (!cache || !readable || request.headers.has("x-d1-bookmark")) return null;
  const generation = await currentCacheGeneration(cache);
  const url = new URL(request.url);
  url.searchParams.set("__g", generation);
  url.searchParams.set("__v", variant);
  return { cache, key: url.toString() };
}
