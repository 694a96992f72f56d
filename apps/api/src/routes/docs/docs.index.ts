import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { CACHE_CONTROL } from "../../lib/cache";
import { DOCS_CSP, DOCS_HTML, DOCS_INIT_JS } from "./docs.page";

/** The rendered API reference at /docs and its assets (copied by the admin build). */
export const docsRouter = new Hono<AppEnv>()
  .get("/docs", (c) => {
    c.header("cache-control", CACHE_CONTROL.static);
    c.header("content-security-policy", DOCS_CSP);
    return c.html(DOCS_HTML);
  })
  .get("/docs/init.js", (c) => {
    c.header("cache-control", CACHE_CONTROL.static);
    return c.body(DOCS_INIT_JS, 200, { "content-type": "text/javascript; charset=utf-8" });
  })
  .get("/docs-assets/*", async (c) => {
    const res = await c.env.ASSETS.fetch(new Request(c.req.url, c.req.raw));
    if (res.status === 404) return c.notFound();
    // Assets responses have immutable headers; the security middleware adds to a copy.
    return new Response(res.body, res);
  });
