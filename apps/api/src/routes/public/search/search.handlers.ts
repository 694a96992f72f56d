import type { RouteHandler } from "@hono/zod-openapi";
import { SEARCH_TYPES, type SearchType, searchRecords } from "../../../db/queries/search";
import type { AppEnv } from "../../../env";
import { badField } from "../../../lib/api-error";
import { CACHE_CONTROL } from "../../../lib/cache";
import { ftsQueryOrThrow, snippetHtml } from "../../../lib/fts";
import { apiBase } from "../../../lib/responses";
import type { SearchRoute } from "./search.routes";

function parseTypes(raw: string | undefined): SearchType[] {
  if (raw === undefined) return [...SEARCH_TYPES];
  const parts = raw
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const bad = parts.find((t) => !(SEARCH_TYPES as readonly string[]).includes(t));
  if (bad !== undefined || parts.length === 0) {
    throw badField("query.type", `must be a comma-separated list of ${SEARCH_TYPES.join(", ")}`);
  }
  return parts as SearchType[];
}

const PATHS: Record<SearchType, string> = { event: "events", claim: "claims", source: "sources" };

export const search: RouteHandler<SearchRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const match = ftsQueryOrThrow(q.q);
  const types = parseTypes(q.type);
  const rows = await searchRecords(c.get("db"), match, { types, limit: q.limit });
  const base = apiBase(c);
  c.header("cache-control", CACHE_CONTROL.list);
  return c.json(
    {
      data: rows.map((r) => ({
        type: r.type,
        id: r.id,
        title: r.title,
        snippet: snippetHtml(r.snippet),
        score: r.score,
        href: `${base}/${PATHS[r.type]}/${r.id}`,
      })),
      query: match,
    },
    200,
  );
};
