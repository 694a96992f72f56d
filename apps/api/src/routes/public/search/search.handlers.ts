import type { RouteHandler } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  SEARCH_TYPES,
  type SearchKey,
  type SearchType,
  searchRecords,
} from "../../../db/queries/search";
import type { AppEnv } from "../../../env";
import { badField } from "../../../lib/api-error";
import { ftsQueryOrThrow, snippetHtml } from "../../../lib/fts";
import { decodeCursor, encodeCursor } from "../../../lib/pagination";
import { apiBase, nextLink, pageHeaders } from "../../../lib/responses";
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

const SearchKeySchema = z.object({
  score: z.number(),
  type: z.enum(SEARCH_TYPES),
  rid: z.number().int(),
});

const PATHS: Record<SearchType, string> = { event: "events", claim: "claims", source: "sources" };

export const search: RouteHandler<SearchRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const match = ftsQueryOrThrow(q.q);
  const types = parseTypes(q.type);
  const after: SearchKey | undefined = q.cursor
    ? decodeCursor("search", q.cursor, SearchKeySchema)
    : undefined;
  // One row past the page says whether there is another.
  const found = await searchRecords(c.get("db"), match, { types, limit: q.limit + 1, after });
  const rows = found.slice(0, q.limit);
  const last = rows[rows.length - 1];
  const next = nextLink(c, found.length > q.limit && last !== undefined, () =>
    encodeCursor("search", { score: last?.score, type: last?.type, rid: last?.rid }),
  );
  pageHeaders(c, next);
  const base = apiBase(c);
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
      next,
    },
    200,
  );
};
