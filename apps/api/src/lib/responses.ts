import type { Context } from "hono";
import type { AppEnv } from "../env";
import { CACHE_CONTROL } from "./cache";
import { nextUrl } from "./pagination";

/** Sets the headers of a page of a list: Link rel=next and the list Cache-Control. */
export function pageHeaders(c: Context<AppEnv>, next: string | null): void {
  if (next) c.header("link", `<${next}>; rel="next"`);
  c.header("cache-control", CACHE_CONTROL.list);
}

/** The `next` URL for a page that has more, else null. */
export function nextLink(
  c: Context<AppEnv>,
  hasMore: boolean,
  cursor: () => string,
): string | null {
  return hasMore ? nextUrl(c.req.url, cursor()) : null;
}

/** A 308 to where a merged record now lives (same query string). */
export function mergedRedirect(c: Context<AppEnv>, path: string): Response {
  const url = new URL(c.req.url);
  c.header("cache-control", CACHE_CONTROL.detail);
  return c.redirect(`${path}${url.search}`, 308);
}

/** A JSON body of another media type (JSON-LD, problem+json) with the detail Cache-Control. */
export function typedJson(c: Context<AppEnv>, body: unknown, type: string): Response {
  c.header("cache-control", CACHE_CONTROL.detail);
  c.header("vary", "Accept");
  return c.body(scriptSafeJson(body), 200, { "content-type": type });
}

/**
 * JSON that can be pasted into an HTML `<script type="application/ld+json">` as it is: `<`, `>`
 * and `&` as \u escapes (still the same JSON), so a claim quoting `</script>` cannot end the
 * script element and inject markup into the page that embeds it.
 */
export function scriptSafeJson(body: unknown): string {
  return JSON.stringify(body).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Base URL of the public API for links inside bodies (JSON-LD @id, Atom links). */
export function apiBase(c: Context<AppEnv>): string {
  return `${new URL(c.req.url).origin}/v1`;
}

/** The publisher credited on ClaimReview JSON-LD. */
export function publisherFor(c: Context<AppEnv>) {
  return { name: "Factline", url: new URL(c.req.url).origin };
}
