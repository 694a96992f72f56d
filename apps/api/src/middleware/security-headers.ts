import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/** The CSP for HTML pages the Worker renders (/docs): same-origin scripts and styles only. */
export const HTML_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** API responses are data: no sniffing, no framing, no referrer leaks; HTML gets a CSP. */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set("x-content-type-options", "nosniff");
  h.set("x-frame-options", "DENY");
  h.set("referrer-policy", "no-referrer");
  h.set("cross-origin-resource-policy", "cross-origin");
  const type = h.get("content-type") ?? "";
  // A route may set a CSP of its own (the /docs page); otherwise one fits the content type.
  if (!h.has("content-security-policy"))
    h.set(
      "content-security-policy",
      type.startsWith("text/html") ? HTML_CSP : "default-src 'none'; frame-ancestors 'none'",
    );
});
