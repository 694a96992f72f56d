import type { RouteHandler } from "@hono/zod-openapi";
import { listFeedChanges } from "../../../db/queries/changes";
import type { AppEnv } from "../../../env";
import { type AtomEntry, type AtomTombstone, atomFeed } from "../../../lib/atom";
import { CACHE_CONTROL } from "../../../lib/cache";
import { negotiateOrThrow } from "../../../lib/negotiation";
import { apiBase } from "../../../lib/responses";
import type { FeedRoute } from "./feed.routes";

/** How many records the feed shows. */
export const FEED_SIZE = 50;

// tag: URIs (RFC 4151) stay the same wherever the API is served from, as Atom ids must.
const tagId = (type: string, id: string) => `tag:factline.dev,2025:${type}/${id}`;

export const feed: RouteHandler<FeedRoute, AppEnv> = async (c) => {
  negotiateOrThrow(c.req.header("accept"), ["application/atom+xml", "application/xml", "text/xml"]);
  const rows = await listFeedChanges(c.get("db"), FEED_SIZE);
  const base = apiBase(c);
  const entries: AtomEntry[] = [];
  const tombstones: AtomTombstone[] = [];
  for (const r of rows) {
    const link = `${base}/${r.recordType}s/${r.recordId}`;
    if (r.action === "upsert") {
      // A record whose latest change is an upsert but that is no longer public (e.g. sent back
      // to review without a feed row) is left out rather than shown.
      if (!r.title) continue;
      entries.push({
        id: tagId(r.recordType, r.recordId),
        title: `${r.recordType === "event" ? "Event" : "Claim"}: ${r.title}`,
        updated: r.updatedAt ?? r.at,
        link,
        summary: r.summary ?? "",
      });
    } else {
      tombstones.push({
        ref: tagId(r.recordType, r.recordId),
        when: r.at,
        comment: r.action === "merge" ? `Merged into ${r.mergedInto}` : "Retracted",
        link:
          r.action === "merge" && r.mergedInto
            ? `${base}/${r.recordType}s/${r.mergedInto}`
            : undefined,
      });
    }
  }
  const times = [...entries.map((x) => x.updated), ...tombstones.map((t) => t.when)].sort();
  const xml = atomFeed({
    id: tagId("feed", "v1"),
    title: "Factline: published events and claims",
    updated: times[times.length - 1] ?? "1970-01-01T00:00:00.000Z",
    selfUrl: `${base}/feed.atom`,
    alternateUrl: `${base}/events`,
    entries,
    tombstones,
  });
  c.header("cache-control", CACHE_CONTROL.list);
  return c.body(xml, 200, { "content-type": "application/atom+xml; charset=utf-8" });
};
