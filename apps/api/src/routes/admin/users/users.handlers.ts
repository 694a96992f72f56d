import type { RouteHandler } from "@hono/zod-openapi";
import { findUserRow, listUsers, toUser } from "../../../db/queries/users";
import type { AppEnv } from "../../../env";
import { ApiError, badField, notFound } from "../../../lib/api-error";
import { hashPassword } from "../../../lib/auth/password";
import { currentUser } from "../../../middleware/require-user";
import { createAccount, revokeAccountSessions, updateAccount } from "../../../services/users";
import type {
  CreateRoute,
  GetRoute,
  ListRoute,
  RevokeSessionsRoute,
  UpdateRoute,
} from "./users.routes";

/**
 * The version the client read: If-Match (`"3"`, `W/"3"` or `3`) or `version` in the body.
 * Both given and different is a client error rather than a guess.
 */
function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined) {
    const m = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(ifMatch);
    if (!m?.[1]) throw badField("header.if-match", 'must be the record\'s version, e.g. "3"');
    fromHeader = Number(m[1]);
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw badField("body.version", "differs from If-Match; send one version");
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined) {
    throw new ApiError(
      "precondition_required",
      "Send the version you read in If-Match or as version in the body",
      { errors: [{ path: "header.if-match", message: "required (or body.version)" }] },
    );
  }
  return version;
}

export const list: RouteHandler<ListRoute, AppEnv> = async (c) => {
  return c.json(await listUsers(c.get("db"), c.req.valid("query")), 200);
};

export const get: RouteHandler<GetRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await findUserRow(c.get("db"), id);
  if (!row) throw notFound("user", id);
  c.header("etag", `"${row.version}"`);
  return c.json(toUser(row), 200);
};

export const create: RouteHandler<CreateRoute, AppEnv> = async (c) => {
  const me = currentUser(c);
  const input = c.req.valid("json");
  const db = c.get("db");
  const user = await createAccount(db, {
    email: input.email,
    name: input.name,
    role: input.role,
    password: await hashPassword(input.password),
    actorId: me.id,
    idempotency: c.get("idempotency") ?? null,
  });
  c.header("location", `/admin/api/users/${user.id}`);
  c.header("etag", `"${user.version}"`);
  return c.json(user, 201);
};

export const update: RouteHandler<UpdateRoute, AppEnv> = async (c) => {
  const me = currentUser(c);
  const { id } = c.req.valid("param");
  const { version, password, ...changes } = c.req.valid("json");
  const user = await updateAccount(c.get("db"), {
    id,
    expectedVersion: expectedVersion(c.req.header("if-match"), version),
    changes: {
      ...changes,
      ...(password !== undefined && { password: await hashPassword(password) }),
    },
    actorId: me.id,
    keepSessionId: me.sessionId,
  });
  c.header("etag", `"${user.version}"`);
  return c.json(user, 200);
};

export const revokeSessions: RouteHandler<RevokeSessionsRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  return c.json({ revoked: await revokeAccountSessions(c.get("db"), id, new Date()) }, 200);
};
