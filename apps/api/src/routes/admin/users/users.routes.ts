import { CreateUserInput, UpdateUserInput, UserId, UserSchema, Version } from "@factline/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { IdempotencyHeaders } from "../../../lib/idempotency";
import { writeProblemResponses } from "../../../lib/openapi";
import { idempotency } from "../../../middleware/idempotency";
import { requireAction } from "../../../middleware/require-user";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const IdParams = z.object({ id: UserId });

/** The changes, plus `version` for clients that cannot send If-Match. */
export const UpdateUserBody = UpdateUserInput.extend({ version: Version.optional() }).meta({
  id: "UpdateUserBody",
  description: "Fields to change on a user; send the version you read in If-Match or here",
});

/** Paging for the account list. */
export const UserListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: UserId.optional().meta({ description: "The `next` of the previous page" }),
});

export const list = createRoute({
  method: "get",
  path: "/users",
  operationId: "listUsers",
  summary: "Every account (admins only)",
  tags: ["Admin: users"],
  middleware: [requireAction("user.read")] as const,
  request: { query: UserListQuery },
  responses: {
    200: json(
      z.object({
        data: z.array(UserSchema),
        next: UserId.nullable().meta({
          description: "The cursor of the next page; null at the end",
        }),
      }),
      "A page of accounts, oldest first",
    ),
    ...writeProblemResponses,
  },
});
export type ListRoute = typeof list;

export const get = createRoute({
  method: "get",
  path: "/users/{id}",
  operationId: "getUser",
  summary: "One account (admins only)",
  tags: ["Admin: users"],
  middleware: [requireAction("user.read")] as const,
  request: { params: IdParams },
  responses: {
    200: json(UserSchema, "The account; ETag carries its version"),
    ...writeProblemResponses,
  },
});
export type GetRoute = typeof get;

export const create = createRoute({
  method: "post",
  path: "/users",
  operationId: "createUser",
  summary: "Create an account (admins only); honours Idempotency-Key",
  tags: ["Admin: users"],
  middleware: [requireAction("user.manage"), idempotency] as const,
  request: {
    headers: IdempotencyHeaders,
    body: { required: true, content: { "application/json": { schema: CreateUserInput } } },
  },
  responses: { 201: json(UserSchema, "Created"), ...writeProblemResponses },
});
export type CreateRoute = typeof create;

export const update = createRoute({
  method: "patch",
  path: "/users/{id}",
  operationId: "updateUser",
  summary: "Change an account's name, role, password or active flag (admins only)",
  tags: ["Admin: users"],
  middleware: [requireAction("user.manage")] as const,
  request: {
    params: IdParams,
    body: { required: true, content: { "application/json": { schema: UpdateUserBody } } },
  },
  responses: { 200: json(UserSchema, "Changed"), ...writeProblemResponses },
});
export type UpdateRoute = typeof update;

export const revokeSessions = createRoute({
  method: "delete",
  path: "/users/{id}/sessions",
  operationId: "revokeUserSessions",
  summary: "Log an account out everywhere (admins only)",
  tags: ["Admin: users"],
  middleware: [requireAction("user.manage")] as const,
  request: { params: IdParams },
  responses: {
    200: json(z.object({ revoked: z.number().int() }), "How many sessions were revoked"),
    ...writeProblemResponses,
  },
});
export type RevokeSessionsRoute = typeof revokeSessions;
