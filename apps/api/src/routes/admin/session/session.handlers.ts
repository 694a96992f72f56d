import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { listLiveSessions } from "../../../db/queries/sessions";
import type { AppEnv } from "../../../env";
import { clearSessionCookie, writeSessionCookie } from "../../../lib/auth/cookies";
import { SESSION_IDLE_MS } from "../../../lib/auth/session-policy";
import { currentUser } from "../../../middleware/require-user";
import { endOwnSession, logIn } from "../../../services/sessions";
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

export const login: RouteHandler<LoginRoute, AppEnv> = async (c) => {
  const { email, password } = c.req.valid("json");
  const now = new Date();
  const { user, sessionId, token } = await logIn(c.get("db"), {
    email,
    password,
    ip: clientIp(c),
    userAgent: c.req.header("user-agent") ?? null,
    now,
  });
  writeSessionCookie(c, token);
  c.header("cache-control", "no-store");
  return c.json(
    {
      user,
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
  await endOwnSession(c.get("db"), { id: user.sessionId, userId: user.id, now: new Date() });
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
  await endOwnSession(c.get("db"), { id, userId: user.id, now: new Date() });
  if (id === user.sessionId) clearSessionCookie(c);
  return c.body(null, 204);
};
