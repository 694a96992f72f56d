import type { RouteHandler } from "@hono/zod-openapi";
import { listChanges } from "../../../db/queries/changes";
import type { AppEnv } from "../../../env";
import { apiBase, pageHeaders } from "../../../lib/responses";
import type { ChangesRoute } from "./changes.routes";

export const changes: RouteHandler<ChangesRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const page = await listChanges(c.get("db"), q.since, q.limit);
  const base = apiBase(c);
  const lastSeq = page.items[page.items.length - 1]?.seq ?? q.since;
  let next: string | null = null;
  if (page.hasMore) {
    const url = new URL(c.req.url);
    url.searchParams.set("since", String(lastSeq));
    next = url.toString();
  }
  pageHeaders(c, next);
  return c.json(
    {
      data: page.items.map((ch) => ({
        seq: ch.seq,
        type: ch.recordType,
        id: ch.recordId,
        action: ch.action,
        mergedInto: ch.mergedInto,
        at: ch.at,
        href: `${base}/${ch.recordType}s/${ch.recordId}`,
      })),
      lastSeq,
      next,
    },
    200,
  );
};
