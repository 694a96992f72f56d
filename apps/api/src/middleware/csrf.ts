import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/api-error";
import { requestBody } from "./request-body";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

function csrfRejected(message: string): ApiError {
  return new ApiError("forbidden", `Cross-site request refused: ${message}`, {
    errors: [{ path: "header.origin", message }],
  });
}

function isJson(contentType: string): boolean {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

function hasBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return req.body !== null;
}

/**
 * CSRF defence for cookie-authenticated writes. SameSite=Lax already keeps the cookie off
 * cross-site POSTs in current browsers; this is the second wall for older ones and same-site
 * subdomains. A write must name its own origin in `Origin` (or, when a browser omits that,
 * `Referer`), must not be marked `Sec-Fetch-Site: cross-site`, and a body must be JSON: HTML
 * forms and no-preflight `fetch` can only send form or text/plain bodies, so requiring
 * application/json forces a cross-origin caller through a CORS preflight we never grant.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (!WRITE_METHODS.has(c.req.method)) return next();
  const own = new URL(c.req.url).origin;
  const site = c.req.header("sec-fetch-site");
  if (site === "cross-site") throw csrfRejected("Sec-Fetch-Site says the request is cross-site");
  const origin = c.req.header("origin");
  if (origin !== undefined) {
    if (originOf(origin) !== own || origin === "null") {
      throw csrfRejected(`Origin ${origin.slice(0, 100)} is not ${own}`);
    }
  } else {
    const referer = c.req.header("referer");
    if (referer === undefined) throw csrfRejected(`Origin header is required and must be ${own}`);
    if (originOf(referer) !== own) throw csrfRejected(`Referer is not from ${own}`);
  }
  const contentType = c.req.header("content-type");
  if (
    (contentType !== undefined && !isJson(contentType)) ||
    (contentType === undefined && hasBody(c.req.raw))
  ) {
    throw new ApiError("unsupported_media_type", "Send the request body as application/json", {
      errors: [{ path: "header.content-type", message: "must be application/json" }],
    });
  }
  // A write that may come in is then bounded and must be JSON that parses.
  await requestBody(c, next);
});
