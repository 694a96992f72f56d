import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../../lib/openapi";
import { CursorQuery } from "../../../lib/pagination";

export const SearchQuery = z.object({
  q: z.string().max(500).openapi({
    description:
      "Words to find; every word must match, the last also as a prefix. Any text is safe.",
    example: "taliban recogn",
  }),
  type: z.string().max(40).optional().openapi({
    description: "Comma-separated kinds to search: event, claim, source (default all)",
    example: "event,claim",
  }),
  cursor: CursorQuery,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: "At most this many hits a page, 1 to 100" }),
});

export const SearchHitSchema = z
  .object({
    type: z.enum(["event", "claim", "source"]),
    id: z.string(),
    title: z.string(),
    snippet: z.string().openapi({
      description: "HTML-escaped excerpt with the matches in <mark>…</mark>",
      example: "Russia has formally <mark>recognized</mark> the <mark>Taliban</mark> government",
    }),
    score: z.number().openapi({ description: "bm25 rank; lower is a better match" }),
    href: z.string().openapi({ description: "URL of the record" }),
  })
  .openapi("SearchHit");

export const SearchResultSchema = z
  .object({
    data: z.array(SearchHitSchema),
    query: z.string().openapi({ description: "The FTS5 query run" }),
    next: z.string().nullable().openapi({
      description:
        "URL of the next page of hits (also in the Link header); null on the last. Keyset on (score, type, rowid), so pages neither repeat nor skip hits while the index is unchanged.",
    }),
  })
  .openapi("SearchResult");

export const search = createRoute({
  method: "get",
  path: "/v1/search",
  operationId: "search",
  summary: "Full-text search across published events, claims and sources",
  tags: ["Search"],
  request: { query: SearchQuery },
  responses: {
    200: {
      description: "Ranked hits with snippets",
      content: { "application/json": { schema: SearchResultSchema } },
    },
    ...problemResponses,
  },
});

export type SearchRoute = typeof search;
