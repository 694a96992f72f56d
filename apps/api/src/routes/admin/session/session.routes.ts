import { LoginInput, UserSchema } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { writeProblemResponses } from "../../../lib/openapi";

/** A session as its owner sees it; `id` is the SHA-256 of the cookie token, not the token. */
export const SessionInfoSchema = z
  .object({
    id: z.string().meta({ description: "Session id (a hash of the cookie token)" }),
    createdAt: z.string().meta({ description: "When the session started" }),
    expiresAt: z.string().meta({ description: "When it ends unless used again" }),
    lastSeenAt: z.string().meta({ description: "When it was last used (within 5 minutes)" }),
    ip: z.string().nullable().meta({ description: "The IP it logged in from" }),
    userAgent: z.string().nullable().meta({ description: "The browser it logged in with" }),
    current: z.boolean().meta({ description: "Whether this is the session making the request" }),
  })
  .meta({ id: "SessionInfo", description: "A login session" });

/** The signed-in user and their session. */
export const SignedInSchema = z
  .object({
    user: UserSchema,
    session: z.object({ id: z.string(), expiresAt: z.string() }),
  })
  .meta({ id: "SignedIn", description: "The signed-in user and session" });

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const login = createRoute({
  method: "post",
  path: "/session",
  operationId: "login",
  summary: "Log in with email and password; sets the session cookie",
  tags: ["Admin: session"],
  // The one admin operation without the session cookie: it is how a client gets one.
  security: [],
  request: { body: { required: true, content: { "application/json": { schema: LoginInput } } } },
  responses: {
    200: json(SignedInSchema, "Logged in; the session cookie is set"),
    ...writeProblemResponses,
  },
});
export type LoginRoute = typeof login;

export const logout = createRoute({
  method: "delete",
  path: "/session",
  operationId: "logout",
  summary: "Log out: revokes the current session and clears the cookie",
  tags: ["Admin: session"],
  responses: { 204: { description: "Logged out" }, ...writeProblemResponses },
});
export type LogoutRoute = typeof logout;

export const listSessions = createRoute({
  method: "get",
  path: "/sessions",
  operationId: "listSessions",
  summary: "Your live sessions",
  tags: ["Admin: session"],
  responses: {
    200: json(z.object({ data: z.array(SessionInfoSchema) }), "Your live sessions, newest first"),
    ...writeProblemResponses,
  },
});
export type ListSessionsRoute = typeof listSessions;

export const revokeSession = createRoute({
  method: "delete",
  path: "/sessions/{id}",
  operationId: "revokeSession",
  summary: "Revoke one of your sessions (log out another device)",
  tags: ["Admin: session"],
  request: { params: z.object({ id: z.string().min(1).max(128) }) },
  responses: { 204: { description: "Revoked" }, ...writeProblemResponses },
});
export type RevokeSessionRoute = typeof revokeSession;
