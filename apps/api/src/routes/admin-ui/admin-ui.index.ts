import { Hono } from "hono";
import type { AppEnv } from "../../env";

/**
 * The editors' UI runs only its own bundle: scripts, styles and API calls from this origin, no
 * inline code, never framed (it holds a session that can publish).
 */
export const ADMIN_UI_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The asset response with the headers every admin page needs. */
function withSecurityHeaders(res: Response): Response {
  const out = new Response(res.body, res);
  out.headers.set("content-security-policy", ADMIN_UI_CSP);
  out.headers.set("x-frame-options", "DENY");
  out.headers.set("x-content-type-options", "nosniff");
  out.headers.set("referrer-policy", "same-origin");
  out.headers.set("cross-origin-opener-policy", "same-origin");
  return out;
}

/**
 * Serves the admin SPA from the ASSETS binding. Deep links (`/admin/claims/clm_…`) get the SPA's
 * index page so the client router can take over; /admin/api is never handled here.
 */
export const adminUiRouter = new Hono<AppEnv>().get("/admin/*", async (c, next) => {
  const url = new URL(c.req.url);
  if (url.pathname === "/admin/api" || url.pathname.startsWith("/admin/api/")) return next();
  // The app router is not strict about trailing slashes, so "/admin" lands here too.
  if (url.pathname === "/admin") return c.redirect("/admin/", 308);
  const asset = await c.env.ASSETS.fetch(new Request(url, c.req.raw));
  // A missing script or stylesheet must stay a 404, not turn into HTML.
  if (asset.status !== 404 || url.pathname.startsWith("/admin/assets/")) {
    return withSecurityHeaders(asset);
  }
  // Assets serve "/admin/" as the folder's index.html; asking for index.html by name redirects.
  return withSecurityHeaders(
    await c.env.ASSETS.fetch(new Request(new URL("/admin/", url), c.req.raw)),
  );
});
