/**
 * The API's two OpenAPI documents, cut from the one registry every router writes into:
 * `/v1/openapi.json` (public reads, no credentials) and `/admin/api/openapi.json` (the editors'
 * API, a session cookie). Each keeps only its own paths and the component schemas they reach,
 * says on every operation which credentials it takes, and names the server it was served from,
 * so outside tools (linters, generators, "try it") need no guessing.
 */

type Json = Record<string, unknown>;
type Operation = Json & { security?: unknown[] };

/** The parts of an OpenAPI 3.1 document this module reads and writes. */
export interface OpenApiDocument {
  openapi: string;
  info: Json;
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: Json & { schemas?: Record<string, unknown> };
  webhooks?: Record<string, unknown>;
  [key: string]: unknown;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** The session cookie's scheme; its name is the plain-http one (see the description). */
export const COOKIE_AUTH = "cookieAuth";

const LICENSE = { name: "MIT", identifier: "MIT" };

const PUBLIC_DESCRIPTION = [
  "The published record of news events, their sources and the claims they make.",
  "",
  "Every operation is a read that needs no credentials. Errors are `application/problem+json`",
  "(RFC 9457) naming the offending field. Responses carry strong ETags (send `If-None-Match`",
  "for a 304) and `Cache-Control`; lists page with an opaque keyset `cursor`. Requests that",
  "reach the database are rate-limited per client IP (429 with `Retry-After`).",
].join("\n");

const ADMIN_DESCRIPTION = [
  "The editors' API behind the Factline admin UI: records, revisions, reviews, merges, ingest.",
  "",
  "**Authentication**: `POST /admin/api/session` with an email and password sets an HttpOnly,",
  "SameSite=Lax session cookie (`factline_session`; `__Host-factline_session` over https);",
  "every other operation needs it. Roles (editor, reviewer, admin) decide what each may write.",
  "",
  "**CSRF / Origin rule**: every write (POST, PUT, PATCH, DELETE — login included) must carry an",
  "`Origin` (or, failing that, `Referer`) header of the API's own origin, must not be",
  "`Sec-Fetch-Site: cross-site`, and must send its body as `application/json`; otherwise 403.",
  "",
  "**Writes**: `If-Match` (or `version` in the body) guards updates (412 on a stale version,",
  "428 without one); creates honour `Idempotency-Key`.",
].join("\n");

const COOKIE_SCHEME = {
  type: "apiKey",
  in: "cookie",
  name: "factline_session",
  description:
    "The session cookie set by `POST /admin/api/session` (`__Host-factline_session` when served over https). Writes must also pass the Origin check described above.",
};

/** Operations of `doc` under the paths `keep` accepts, with each operation transformed. */
function pickPaths(
  doc: OpenApiDocument,
  keep: (path: string) => boolean,
  operation: (op: Operation, method: string, path: string) => Operation,
): OpenApiDocument["paths"] {
  const out: OpenApiDocument["paths"] = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!keep(path)) continue;
    out[path] = Object.fromEntries(
      Object.entries(item).map(([method, op]) => [
        method,
        METHODS.has(method) ? operation(op, method, path) : op,
      ]),
    );
  }
  return out;
}

/** The component schemas reachable from `roots` through `$ref`s, in the registry's order. */
function reachableSchemas(roots: unknown, all: Record<string, unknown>): Record<string, unknown> {
  const prefix = "#/components/schemas/";
  const seen = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith(prefix)) {
        const name = v.slice(prefix.length);
        if (!seen.has(name)) {
          seen.add(name);
          walk(all[name]);
        }
      } else walk(v);
    }
  };
  walk(roots);
  return Object.fromEntries(Object.keys(all).flatMap((n) => (seen.has(n) ? [[n, all[n]]] : [])));
}

/** `/v1/openapi.json`: the public reads, each saying it takes no credentials. */
export function publicDocument(full: OpenApiDocument, origin: string): OpenApiDocument {
  const paths = pickPaths(
    full,
    (p) => p === "/v1" || p.startsWith("/v1/"),
    (op) => ({ ...op, security: [] }),
  );
  const schemas = reachableSchemas(paths, full.components?.schemas ?? {});
  return {
    openapi: full.openapi,
    info: {
      title: "Factline public API",
      version: String(full.info.version ?? "1.0.0"),
      description: PUBLIC_DESCRIPTION,
      contact: { name: "Factline API reference", url: `${origin}/docs` },
      license: LICENSE,
    },
    servers: [{ url: origin, description: "This deployment" }],
    paths,
    components: { schemas },
  };
}

/**
 * `/admin/api/openapi.json`: the admin operations behind the session cookie; an operation
 * that declares its own `security` (signing in declares none) keeps it. The registry's
 * `webhooks` (what Factline POSTs to registered endpoints) are here too: endpoints are managed
 * only through this API, and the public document must list public reads and nothing else.
 */
export function adminDocument(full: OpenApiDocument, origin: string): OpenApiDocument {
  const paths = pickPaths(
    full,
    (p) => p.startsWith("/admin/api/"),
    (op) => (op.security ? op : { ...op, security: [{ [COOKIE_AUTH]: [] }] }),
  );
  const webhooks = full.webhooks && Object.keys(full.webhooks).length > 0 ? full.webhooks : null;
  const schemas = reachableSchemas([paths, webhooks], full.components?.schemas ?? {});
  return {
    openapi: full.openapi,
    info: {
      title: "Factline admin API",
      version: String(full.info.version ?? "1.0.0"),
      description: ADMIN_DESCRIPTION,
      contact: { name: "Factline API reference", url: `${origin}/docs?api=admin` },
      license: LICENSE,
    },
    servers: [{ url: origin, description: "This deployment (the admin API is same-origin only)" }],
    paths,
    ...(webhooks ? { webhooks } : {}),
    components: { schemas, securitySchemes: { [COOKIE_AUTH]: COOKIE_SCHEME } },
  };
}
