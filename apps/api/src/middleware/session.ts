import { createMiddleware } from "hono/factory";
import { findLiveSession, touchSession } from "../db/queries/sessions";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/api-error";
import { readSessionCookie } from "../lib/auth/cookies";
import { SESSION_TOUCH_MS, slidingExpiry } from "../lib/auth/session-policy";
import { isWellFormedToken, sessionIdForToken } from "../lib/auth/tokens";

/** The 401 every missing, forged, expired or revoked session gets: one answer, no hints. */
export function unauthenticated(): ApiError {
  return new ApiError("unauthenticated", "Log in to use the admin API", {
    headers: { "cache-control": "no-store" },
  });
}

/**
 * Requires a live session cookie and puts its user on the context (`c.get("user")`). Expiry
 * slides: a request more than SESSION_TOUCH_MS after the last recorded one moves it forward.
 */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  if (!token || !isWellFormedToken(token)) throw unauthenticated();
  const id = await sessionIdForToken(token);
  const now = new Date();
  const db = c.get("db");
  const live = await findLiveSession(db, id, now);
  if (!live) throw unauthenticated();
  const { user } = live;
  c.set("user", {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionId: id,
  });
  if (now.getTime() - new Date(live.session.lastSeenAt).getTime() > SESSION_TOUCH_MS) {
    // Not awaited before the handler runs: the write only extends the session, so it must not
    // add latency; waitUntil keeps it alive past the response.
    const write = touchSession(
      db,
      id,
      now.toISOString(),
      slidingExpiry(live.session.createdAt, now),
    );
    try {
      c.executionCtx.waitUntil(write);
    } catch {
      await write;
    }
  }
  await next();
  c.header("cache-control", "no-store");
});
