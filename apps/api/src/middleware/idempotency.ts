import { createMiddleware } from "hono/factory";
import {
  completeIdempotencyKey,
  IN_PROGRESS,
  releaseIdempotencyKey,
  reserveIdempotencyKey,
} from "../db/queries/idempotency";
import type { AppEnv } from "../env";
import {
  keyInProgressError,
  keyReusedError,
  parseIdempotencyKey,
  REPLAYED_HEADERS,
  requestFingerprint,
} from "../lib/idempotency";
import { currentUser } from "./require-user";

/**
 * `Idempotency-Key` support for create routes. Use it in one line on the route contract:
 *
 *   export const create = createRoute({ method: "post", path: "/events",
 *     middleware: [idempotency] as const, ... });
 *
 * With no header the request runs as usual. With a key (per user, kept 24 h):
 * - first use: the key is reserved (INSERT … ON CONFLICT DO NOTHING, status 0) before the
 *   handler runs; the create's write batch stores the response's status and body with the
 *   record (`idempotencyOutcome`), so a Worker that dies after the write still leaves a key
 *   that replays; then the response's headers (content-type/location/etag) are added;
 *   a non-2xx frees the key, since nothing was created and the client may fix and retry;
 * - same key, same method + path + body: the stored response, with `Idempotent-Replayed: true`,
 *   and the handler does not run;
 * - same key, different request: 422 naming header.idempotency-key;
 * - same key while the first request still runs: 409 with Retry-After;
 * - a malformed key: 400.
 * It must run after `requireSession` (keys belong to a user), which /admin/api guarantees.
 */
export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("idempotency-key");
  if (header === undefined) return next();
  const key = parseIdempotencyKey(header);
  const user = currentUser(c);
  const db = c.get("db");
  const method = c.req.method;
  const path = new URL(c.req.url).pathname;
  // Hono caches the body text, so the route's JSON validator can still read it afterwards.
  const body = await c.req.text();
  const requestHash = await requestFingerprint(method, path, body);

  const reservation = await reserveIdempotencyKey(db, {
    userId: user.id,
    key,
    method,
    path,
    requestHash,
    now: new Date(),
  });
  if (!reservation.reserved) {
    const stored = reservation.existing;
    // Vanished between the insert and the read (expired and purged): ask for a retry.
    if (!stored) throw keyInProgressError();
    if (stored.requestHash !== requestHash) throw keyReusedError();
    if (stored.status === IN_PROGRESS) throw keyInProgressError();
    return new Response(stored.responseBody, {
      status: stored.status,
      headers: {
        // No headers: the first request died after its write batch, before answering.
        ...(stored.responseHeaders ?? { "content-type": "application/json" }),
        "idempotent-replayed": "true",
      },
    });
  }
  c.set("idempotency", { userId: user.id, key });

  try {
    await next();
  } catch (err) {
    await releaseIdempotencyKey(db, { userId: user.id, key });
    throw err;
  }
  const res = c.res;
  if (res.status >= 200 && res.status < 300) {
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    await completeIdempotencyKey(db, {
      userId: user.id,
      key,
      status: res.status,
      body: await res.clone().text(),
      headers,
    });
  } else {
    await releaseIdempotencyKey(db, { userId: user.id, key });
  }
});
