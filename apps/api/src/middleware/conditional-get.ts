import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { etagFor, ifNoneMatchMatches } from "../lib/etag";

/** Gives a 200 response a strong ETag (a hash of its body) unless the handler set one. */
export async function withEtag(res: Response): Promise<Response> {
  if (res.status !== 200 || res.headers.has("etag") || !res.body) return res;
  const body = await res.arrayBuffer();
  const out = new Response(body, res);
  out.headers.set("etag", await etagFor(body));
  return out;
}

const KEPT_ON_304 = ["etag", "cache-control", "vary", "content-location", "x-d1-bookmark"];

/** A 304 with no body and the headers RFC 9110 §15.4.5 keeps from the 200 it stands for. */
export function notModifiedFrom(full: Headers): Response {
  const headers = new Headers();
  for (const name of KEPT_ON_304) {
    const v = full.get(name);
    if (v) headers.set(name, v);
  }
  return new Response(null, { status: 304, headers });
}

/** Answers a GET whose If-None-Match matches the response's ETag with 304 and no body. */
export function notModified(req: Request, res: Response): Response | null {
  const etag = res.headers.get("etag");
  if (!etag || res.status !== 200) return null;
  if (!ifNoneMatchMatches(req.headers.get("if-none-match"), etag)) return null;
  return notModifiedFrom(res.headers);
}

/** Strong ETag on every successful GET, and 304 for a matching If-None-Match. */
export const conditionalGet = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method !== "GET" && c.req.method !== "HEAD") return;
  const res = await withEtag(c.res);
  const short = notModified(c.req.raw, res);
  // Hono keeps headers set on c.res; replacing the response here is its documented pattern.
  c.res = undefined;
  c.res = short ?? res;
});
