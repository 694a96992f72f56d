import { Hono } from "hono";
import type { AppEnv } from "../../env";

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
  if (asset.status !== 404 || url.pathname.startsWith("/admin/assets/")) return asset;
  // Assets serve "/admin/" as the folder's index.html; asking for index.html by name redirects.
  return c.env.ASSETS.fetch(new Request(new URL("/admin/", url), c.req.raw));
});
