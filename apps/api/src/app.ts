import { DomainError } from "@factline/domain";
import { HTTPException } from "hono/http-exception";
import { ApiError } from "./lib/api-error";
import { createRouter } from "./lib/openapi";
import { adminDocument, type OpenApiDocument, publicDocument } from "./lib/openapi-documents";
import { registerWebhookDocs } from "./lib/openapi-webhooks";
import { problem, problemResponse } from "./lib/problem";
import { conditionalGet } from "./middleware/conditional-get";
import { publicCors } from "./middleware/cors";
import { d1Session } from "./middleware/d1-session";
import { database } from "./middleware/db";
import { edgeCache } from "./middleware/edge-cache";
import { rateLimit } from "./middleware/rate-limit";
import { requestId } from "./middleware/request-id";
import { securityHeaders } from "./middleware/security-headers";
import { adminApiRouter } from "./routes/admin/admin.index";
import { adminUiRouter } from "./routes/admin-ui/admin-ui.index";
import { docsRouter } from "./routes/docs/docs.index";
import { healthRouter } from "./routes/public/health/health.index";
import { publicRouter } from "./routes/public/public.index";

/**
 * Builds the Worker's app: middleware, every router, one error handler, the OpenAPI document.
 * Routers are chained with `.route()` so the returned app's type carries every route: that type
 * (`AppType`) is the admin UI's typed client contract.
 */
export function createApp() {
  const app = createRouter();

  app.use("*", requestId);
  app.use("*", database);

  // Public reads: CORS outermost (preflights end there), then ETag/304, the edge cache (a hit
  // ends there, without D1), the rate limit, and the D1 session the handlers read through. The
  // limiter sits after the cache on purpose: it protects D1 (reads, search, export), and a
  // cache hit or its 304 costs less than the limiter's own check (README, "Rate limiting").
  app.use("/v1/*", publicCors, securityHeaders, conditionalGet, edgeCache, rateLimit, d1Session);
  app.use("/docs/*", securityHeaders, conditionalGet);
  app.use("/docs-assets/*", securityHeaders);

  // The registry holds every router's operations; each document is a cut of it (built once an
  // isolate: turning the zod schemas into JSON Schema is the expensive part).
  registerWebhookDocs(app);
  let registry: OpenApiDocument | null = null;
  const fullDocument = () => {
    registry ??= app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: { title: "Factline API", version: "1.0.0" },
    }) as unknown as OpenApiDocument;
    return registry;
  };
  app.get("/v1/openapi.json", (c) =>
    c.json(publicDocument(fullDocument(), new URL(c.req.url).origin)),
  );
  // Registered before the admin router so its session gate never runs: the contract is public,
  // the operations it describes are not.
  app.use("/admin/api/openapi.json", securityHeaders);
  app.get("/admin/api/openapi.json", (c) =>
    c.json(adminDocument(fullDocument(), new URL(c.req.url).origin)),
  );

  const routes = app
    .route("/", healthRouter)
    .route("/", publicRouter)
    .route("/", docsRouter)
    .route("/admin/api", adminApiRouter)
    // Last: the SPA catches /admin/* paths no API route claimed.
    .route("/", adminUiRouter);

  app.notFound((c) =>
    problemResponse(
      problem({
        code: "not_found",
        detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}`,
        requestId: c.get("requestId") ?? "unknown",
        instance: new URL(c.req.url).pathname,
      }),
    ),
  );

  app.onError((err, c) => {
    const rid = c.get("requestId") ?? "unknown";
    const instance = new URL(c.req.url).pathname;
    // The one place domain errors (services) and API errors (routes, middleware) become
    // problem+json. A 412 carries the current version's ETag, so a client can re-apply its edit.
    if (err instanceof DomainError) {
      const currentVersion = err.extra.currentVersion;
      const headers: Record<string, string> = {
        ...(err.code === "precondition_failed" && typeof currentVersion === "number"
          ? { etag: `"${currentVersion}"` }
          : {}),
        ...(typeof err.extra.retryAfter === "number"
          ? { "retry-after": String(err.extra.retryAfter) }
          : {}),
        // An answer about who the caller is (or how often they tried) is never cached.
        ...(err.status === 401 || err.status === 429 ? { "cache-control": "no-store" } : {}),
        ...(err instanceof ApiError ? err.headers : {}),
        "x-request-id": rid,
      };
      return problemResponse(
        problem({
          code: err.code,
          detail: err.message,
          requestId: rid,
          instance,
          errors: err.errors,
          extra: err.extra,
        }),
        headers,
      );
    }
    if (err instanceof HTTPException && err.status < 500) {
      // Hono raises these for malformed input it parses itself (e.g. an unparseable JSON body).
      const code =
        err.status === 413
          ? "payload_too_large"
          : err.status === 401
            ? "unauthenticated"
            : "bad_request";
      return problemResponse(
        problem({ code, detail: err.message || "Bad request", requestId: rid, instance }),
        {
          "x-request-id": rid,
        },
      );
    }
    console.error(
      JSON.stringify({
        level: "error",
        requestId: rid,
        message: String(err),
        stack: (err as Error)?.stack,
      }),
    );
    return problemResponse(
      problem({
        code: "internal",
        detail: "An unexpected error occurred; quote the requestId when reporting it",
        requestId: rid,
        instance,
      }),
      { "x-request-id": rid },
    );
  });

  return routes;
}

export type App = ReturnType<typeof createApp>;
