import { createRouter } from "../../lib/openapi";
import { csrfProtection } from "../../middleware/csrf";
import { requireSession } from "../../middleware/session";
import { meRouter } from "./me/me.index";
import { sessionRouter } from "./session/session.index";
import { usersRouter } from "./users/users.index";

/**
 * Everything under /admin/api. Order matters: the CSRF check runs on every write (login
 * included, against login CSRF), then every route but `POST /session` needs a live session.
 * Sub-routers define paths relative to /admin/api; add new ones with one `.route("/", …)` line.
 */
export const adminApiRouter = createRouter();

adminApiRouter.use("*", csrfProtection);
adminApiRouter.use("*", async (c, next) => {
  const isLogin = c.req.method === "POST" && new URL(c.req.url).pathname === "/admin/api/session";
  return isLogin ? next() : requireSession(c, next);
});

adminApiRouter.route("/", sessionRouter);
adminApiRouter.route("/", meRouter);
adminApiRouter.route("/", usersRouter);
