import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { attemptKeys, recordFailure, reserveAttempt } from "../../../db/queries/login-attempts";
import { listLiveSessions, revokeSession as revokeSessionRow } from "../../../db/queries/sessions";
import { findUserRowByEmail, passwordOf, toUser } from "../../../db/queries/users";
import type { AppEnv } from "../../../env";
import { ApiError } from "../../../lib/api-error";
import { clearSessionCookie, writeSessionCookie } from "../../../lib/auth/cookies";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../../lib/auth/password";
import { SESSION_IDLE_MS } from "../../../lib/auth/session-policy";
import { newSessionToken, sessionIdForToken } from "../../../lib/auth/tokens";
import { currentUser } from "../../../middleware/require-user";
import { startSession } from "../../../services/sessions";
import type {
  ListSessionsRoute,
  LoginRoute,
  LogoutRoute,
  RevokeSessionRoute,
} from "./session.routes";

/**
 * The client's IP: Cloudflare sets cf-connecting-ip and overwrites any a client sends;
 * x-forwarded-for only matters in local development.
 */
function clientIp(c: Context<AppEnv>): string {
  const cf = c.req.header("cf-connecting-ip");
  if (cf) return cf.trim().slice(0, 64);
  const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded ? forwarded.slice(0, 64) : "unknown";
}

/** One answer for every bad login, so a response never tells whether an email has an account. */
function wrongCredentials(): ApiError {
  return new ApiError("unauthenticated", "The email or password is wrong", {
    headers: { "cache-control": "no-store" },
  });
}

export const login: RouteHandler<LoginRoute, AppEnv> = async (c) => {
  const { email, password } = c.req.valid("json");
  const db = c.get("db");
  const now = new Date();
  const ip = clientIp(c);
  const keys = attemptKeys(email, ip);

  // The attempt is counted before the password is checked, so concurrent guesses share the limit.
  const retryAfter = await reserveAttempt(db, keys, now);
  if (retryAfter !== null) {
    throw new ApiError("rate_limited", "Too many failed logins; wait before trying again", {
      headers: { "retry-after": String(retryAfter), "cache-control": "no-store" },
      extra: { retryAfter },
    });
  }

  const row = await findUserRowByEmail(db, email);
  // Unknown emails still pay for one PBKDF2 run, so timing does not reveal which emails exist.
  const matches = await verifyPassword(password, row ? passwordOf(row) : DUMMY_PASSWORD_HASH);
  if (!row || !matches || !row.active) {
    await recordFailure(db, keys, now);
    throw wrongCredentials();
  }

  const token = newSessionToken();
  const sessionId = await sessionIdForToken(token);
  await startSession(db, {
    sessionId,
    userId: row.id,
    ip: ip === "unknown" ? null : ip,
    userAgent: c.req.header("user-agent") ?? null,
    keys,
    now,
  });
  writeSessionCookie(c, token);
  c.header("cache-control", "no-store");
  return c.json(
    {
      user: toUser(row),
      session: {
        id: sessionId,
        expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
      },
    },
    200,
  );
};

export const logout: RouteHandler<LogoutRoute, AppEnv> = async (c) => {
  const user = currentUser(c);
  await revokeSessionRow(c.get("db"), { id: user.sessionId, userId: user.id, now: new Date() });
  clearSessionCookie(c);
  return c.body(null, 204);
};

export const listSessions: RouteHandler<ListSessionsRoute, AppEnv> = async (c) => {
  const user = currentUser(c);
  const sessions = await listLiveSessions(c.get("db"), user.id, new Date());
  return c.json({ data: sessions.map((s) => ({ ...s, current: s.id === user.sessionId })) }, 200);
};

export const revokeSession: RouteHandler<RevokeSessionRoute, AppEnv> = async (c) => {
  const user = currentUser(c);
  const { id } = c.req.valid("param");
  // Only the caller's own sessions match, so another user's session id is simply "not found".
  const revoked = await revokeSessionRow(c.get("db"), { id, userId: user.id, now: new Date() });
  if (!revoked) {
    throw new ApiError("not_found", `You have no live session with id "${id.slice(0, 80)}"`, {
      errors: [{ path: "path.id", message: "no live session of yours with this id" }],
    });
  }
  if (id === user.sessionId) clearSessionCookie(c);
  return c.body(null, 204);
};
