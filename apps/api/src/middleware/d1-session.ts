import { createMiddleware } from "hono/factory";
import { createDb } from "../db/client";
import type { AppEnv } from "../env";
import { badField } from "../lib/api-error";

// Bookmarks are opaque, but a well-formed one is short and plain; anything else is refused
// before it reaches D1 (which would fail the read with a 5xx).
const BOOKMARK = /^[A-Za-z0-9-]{1,256}$/;

/**
 * Reads go through a D1 session (read replicas when enabled): from the client's
 * `x-d1-bookmark` when given, so it reads at least what it last wrote or saw, otherwise from any
 * replica ("first-unconstrained"). The session's new bookmark is returned in `x-d1-bookmark`.
 */
export const d1Session = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header("x-d1-bookmark");
  if (incoming !== undefined && !BOOKMARK.test(incoming)) {
    throw badField("header.x-d1-bookmark", "is not a D1 bookmark");
  }
  const session = c.env.DB.withSession(incoming ?? "first-unconstrained");
  c.set("db", createDb(session));
  await next();
  const bookmark = session.getBookmark();
  if (bookmark) c.res.headers.set("x-d1-bookmark", bookmark);
});
