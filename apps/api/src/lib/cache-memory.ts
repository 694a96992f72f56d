/**
 * A small in-isolate tier in front of the Cache API for public reads (see lib/cache.ts).
 *
 * Why: a Cache API lookup is I/O on every hit, and a hit, or a 304 for one, is otherwise pure
 * CPU. Entries live under the same key as the Cache API entry (URL + generation token +
 * variant), so `invalidatePublicCache()` makes them unreachable exactly as it does the Cache API
 * entries (and this isolate drops them at once). An entry's lifetime is the response's
 * `s-maxage`, capped at MEMORY_TTL_MS: an entry filled from a Cache API hit (whose age is
 * unknown) can outlive that entry by at most the cap, which bounds the extra staleness a data
 * centre that did not see a write can add.
 */

const MEMORY_TTL_MS = 30_000;
const MAX_ENTRIES = 256;
// Bounds the isolate's memory (128 MB in all): bodies of lists and details are a few KB.
const MAX_BYTES = 8 * 1024 * 1024;
const MAX_ENTRY_BYTES = 256 * 1024;

/** A stored public response: what a hit or a 304 is rebuilt from without any I/O. */
export type MemoryEntry = {
  body: ArrayBuffer;
  headers: [string, string][];
  etag: string;
  expires: number;
};

// A Map iterates in insertion order; re-inserting on a hit makes the first key the least
// recently used one.
const entries = new Map<string, MemoryEntry>();
let bytes = 0;

function drop(key: string, entry: MemoryEntry): void {
  entries.delete(key);
  bytes -= entry.body.byteLength;
}

/** The live entry under `key`, or null. */
export function memoryGet(key: string): MemoryEntry | null {
  const entry = entries.get(key);
  if (!entry) return null;
  if (entry.expires <= Date.now()) {
    drop(key, entry);
    return null;
  }
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

function sMaxAgeMs(cacheControl: string | null): number {
  const m = /s-maxage=(\d+)/.exec(cacheControl ?? "");
  return m ? Number(m[1]) * 1000 : 0;
}

/**
 * Keeps a copy of a cacheable 200 (its body already read) under `key`; responses without a
 * strong ETag or `s-maxage`, and large ones, are not kept.
 */
export function memoryPut(key: string, body: ArrayBuffer, headers: Headers): MemoryEntry | null {
  const etag = headers.get("etag");
  const ttl = Math.min(sMaxAgeMs(headers.get("cache-control")), MEMORY_TTL_MS);
  if (!etag || ttl <= 0 || body.byteLength > MAX_ENTRY_BYTES) return null;
  const previous = entries.get(key);
  if (previous) drop(key, previous);
  const entry: MemoryEntry = { body, headers: [...headers], etag, expires: Date.now() + ttl };
  entries.set(key, entry);
  bytes += body.byteLength;
  for (const [k, e] of entries) {
    if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
    drop(k, e);
  }
  return entry;
}

/** Forgets every entry (the generation changed, so none can be reached any more). */
export function memoryClear(): void {
  entries.clear();
  bytes = 0;
}
