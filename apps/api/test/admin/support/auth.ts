/**
 * Test helpers for /admin/api: users created directly in D1, logins through the real Worker.
 *
 *   const admin = await loginAs("admin");
 *   const res = await adminFetch(admin, "POST", "/admin/api/users", { ... });
 *   // or build your own request: fetch(url, { headers: { ...admin.headers, ... } })
 */

import { env, exports } from "cloudflare:workers";
import type { Role, User } from "@factline/domain";
import { createDb } from "../../../src/db/client";
import { createUser as insertUser } from "../../../src/db/queries/users";
import { hashPassword } from "../../../src/lib/auth/password";

/** The origin every test request uses; writes must send it as `Origin` (CSRF check). */
export const ORIGIN = "http://factline.test";

/** The password `createTestUser` gives accounts unless told otherwise. */
export const TEST_PASSWORD = "correct horse battery staple";

/** A signed-in test user. */
export type TestSession = {
  user: User;
  password: string;
  /** `factline_session=<token>`, ready for a Cookie header. */
  cookie: string;
  /** Cookie + Origin: spread into any request's headers. */
  headers: { cookie: string; origin: string };
};

let counter = 0;

/**
 * Inserts an active user straight into D1 (with its "create" revision) and returns it.
 * Emails are unique per call, so tests in one file never collide.
 */
export async function createTestUser(
  role: Role,
  options: { email?: string; name?: string; password?: string } = {},
): Promise<{ user: User; password: string }> {
  counter += 1;
  const password = options.password ?? TEST_PASSWORD;
  const email =
    options.email ?? `${role}-${counter}-${crypto.randomUUID().slice(0, 8)}@factline.test`;
  const user = await insertUser(createDb(env.DB), {
    email,
    name: options.name ?? `Test ${role} ${counter}`,
    role,
    password: await hashPassword(password),
    actorId: null,
  });
  return { user, password };
}

/** POSTs credentials to the real login route; the raw Response. */
export function postLogin(
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}/admin/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });
}

/** The `name=value` pair of the session cookie a response sets. */
export function sessionCookieFrom(res: Response): string {
  const header = res.headers.get("set-cookie") ?? "";
  const pair = header.split(";")[0] ?? "";
  if (!pair.includes("factline_session=")) {
    throw new Error(`no session cookie in response (status ${res.status}): ${header}`);
  }
  return pair;
}

/** Logs an existing user in through the Worker. */
export async function loginWith(user: User, password: string): Promise<TestSession> {
  const res = await postLogin(user.email, password);
  if (res.status !== 200) throw new Error(`login failed with ${res.status}: ${await res.text()}`);
  const cookie = sessionCookieFrom(res);
  return { user, password, cookie, headers: { cookie, origin: ORIGIN } };
}

/** Creates a user with `role` in D1 and logs it in through the real Worker. */
export async function loginAs(
  role: Role,
  options: { email?: string; name?: string; password?: string } = {},
): Promise<TestSession> {
  const { user, password } = await createTestUser(role, options);
  return loginWith(user, password);
}

/**
 * A request to the Worker as `session` (or anonymous with null): JSON body when given, with the
 * session's cookie and Origin. `headers` are added last, so a test can override or drop one
 * (set it to undefined).
 */
export function adminFetch(
  session: TestSession | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string | undefined> = {},
): Promise<Response> {
  const merged: Record<string, string | undefined> = {
    ...(session?.headers ?? { origin: ORIGIN }),
    ...(body !== undefined && { "content-type": "application/json" }),
    ...headers,
  };
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) clean[k] = v;
  return exports.default.fetch(`${ORIGIN}${path}`, {
    method,
    headers: clean,
    ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

/** Rows in a table, for "a rejected write changes nothing" checks. */
export async function countRows(table: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}
