import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../lib/api-error";

// Every admin write body is bounded before it is read, and must parse as JSON before any route
// sees it, so a client's mistake is a 400/413 naming `body`, never a generic error or a 90 MB
// login body read into memory. Sources carry a cleaned text of up to 1,000,000 characters and
// ingest takes whole pages, so their routes get room for that (JSON escaping can triple it);
// everything else is a small form.
const SMALL_BODY_BYTES = 256 * 1024;
const LARGE_BODY_BYTES = 6 * 1024 * 1024;
const LARGE_BODY_PATHS = /^\/admin\/api\/(?:sources|ingest)(?:\/|$)/;

function limit(maxSize: number) {
  const label = maxSize >= 1024 * 1024 ? `${maxSize / 1024 / 1024} MiB` : `${maxSize / 1024} KiB`;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError("payload_too_large", `The request body is larger than ${label}`, {
        errors: [{ path: "body", message: `larger than ${label}` }],
      });
    },
  });
}

const small = limit(SMALL_BODY_BYTES);
const large = limit(LARGE_BODY_BYTES);

function isJsonType(contentType: string | undefined): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** Bounds a write's body and refuses JSON that does not parse, naming `body`. */
export const requestBody = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") {
    return next();
  }
  const limiter = LARGE_BODY_PATHS.test(new URL(c.req.url).pathname) ? large : small;
  return limiter(c, async () => {
    if (isJsonType(c.req.header("content-type"))) {
      // Hono keeps the text, so the route's validator reads it again without a second stream.
      const raw = await c.req.text();
      if (raw.trim() !== "") {
        try {
          JSON.parse(raw);
        } catch (err) {
          const why = err instanceof SyntaxError ? err.message : "it does not parse";
          throw new ApiError("validation_failed", `body: is not valid JSON (${why})`, {
            errors: [{ path: "body", message: `is not valid JSON (${why})` }],
          });
        }
      }
    }
    await next();
  });
});
