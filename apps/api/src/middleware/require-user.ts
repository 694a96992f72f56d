import { type Action, checkAction } from "@factline/domain";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { WriteContext } from "../db/queries/write-context";
import type { AppEnv, SessionUser } from "../env";
import { ApiError } from "../lib/api-error";
import { unauthenticated } from "./session";

/**
 * The signed-in user. Every /admin/api route runs behind `requireSession`, so handlers there
 * can call this without checking; elsewhere it answers 401.
 */
export function currentUser(c: Context<AppEnv>): SessionUser {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return user;
}

/** A 403 with the reason in words. */
export function forbidden(reason: string): ApiError {
  return new ApiError("forbidden", reason);
}

/**
 * Throws the domain's refusal (403 with its reason) unless the signed-in user's role may do
 * `action`; returns the user. The rules are `@factline/domain`'s `PERMISSIONS`, the same ones
 * the admin UI uses to hide buttons.
 */
export function assertCan(c: Context<AppEnv>, action: Action): SessionUser {
  const user = currentUser(c);
  const check = checkAction(user.role, action);
  if (!check.ok) throw new ApiError(check.code, check.reason);
  return user;
}

/** Route middleware form of `assertCan`: `middleware: [requireAction("user.manage")]`. */
export function requireAction(action: Action) {
  return createMiddleware<AppEnv>(async (c, next) => {
    assertCan(c, action);
    await next();
  });
}

/** Who writes and when, for the write layer. */
export function writeContext(c: Context<AppEnv>): WriteContext {
  const user = currentUser(c);
  return {
    user: { id: user.id, role: user.role },
    now: new Date().toISOString(),
    idempotency: c.get("idempotency") ?? null,
  };
}
