/** The subset of an OpenAPI document the client reads: paths and component schemas. */
export interface OpenApiDocument {
  openapi: string;
  info: unknown;
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> } & Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The public part of the API's document: the `/v1` operations and only the component schemas
 * they reach (the admin API is not this client's contract). Used by the generator and by the
 * contract test, so both compare the same thing. What names the serving origin (`servers`,
 * `info.contact`) is left out: it differs between the generator's app and the test's Worker.
 */
export function publicDocument(doc: OpenApiDocument): OpenApiDocument {
  const paths = Object.fromEntries(
    Object.entries(doc.paths).filter(([p]) => p === "/v1" || p.startsWith("/v1/")),
  );
  const all = doc.components?.schemas ?? {};
  const seen = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
    } else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string" && v.startsWith("#/components/schemas/")) {
          const name = v.slice("#/components/schemas/".length);
          if (!seen.has(name)) {
            seen.add(name);
            walk(all[name]);
          }
        } else {
          walk(v);
        }
      }
    }
  };
  walk(paths);
  const schemas = Object.fromEntries(
    Object.keys(all)
      .filter((name) => seen.has(name))
      .map((name) => [name, all[name]]),
  );
  const { contact: _origin, ...info } = (doc.info ?? {}) as Record<string, unknown>;
  return { openapi: doc.openapi, info, paths, components: { schemas } };
}
