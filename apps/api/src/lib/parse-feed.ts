// A publisher feed read into the few fields polling needs. RSS 2.0, RSS 1.0 (RDF) and Atom go
// through htmlparser2's feed reader (already in the bundle for article cleaning, so watching
// feeds adds no parser weight to the Worker); JSON Feed is JSON, checked with zod.
import { tryCanonicalUrl } from "@factline/domain";
import { z } from "@hono/zod-openapi";
import { parseFeed as parseXmlFeed } from "htmlparser2";

/** One article a feed lists. */
export type FeedEntry = {
  /** The article's canonical URL (tracking parameters dropped), absolute. */
  url: string;
  title: string | null;
  /** ISO 8601, when the feed gives a readable date. */
  publishedAt: string | null;
};

/** A parsed feed: its own title and its entries, in the feed's order. */
export type ParsedFeed = {
  format: "rss" | "atom" | "rdf" | "json";
  title: string | null;
  entries: FeedEntry[];
};

/** Why a body is not a feed, in words for the feed's `lastOutcome`. */
export class FeedFormatError extends Error {
  override readonly name = "FeedFormatError";
}

// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/): only what polling reads.
const JsonFeed = z.object({
  version: z.string().startsWith("https://jsonfeed.org/version/"),
  title: z.string().optional(),
  items: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).optional(),
      url: z.string().optional(),
      external_url: z.string().optional(),
      title: z.string().optional(),
      date_published: z.string().optional(),
    }),
  ),
});

function isoOrNull(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An entry's link made absolute against the feed's URL and canonical, or null if unusable. */
function entryUrl(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    return tryCanonicalUrl(new URL(link.trim(), base).href);
  } catch {
    return null;
  }
}

function entries(
  items: {
    link?: string | undefined;
    title?: string | undefined;
    date?: Date | string | undefined;
  }[],
  base: string,
): FeedEntry[] {
  const seen = new Set<string>();
  const out: FeedEntry[] = [];
  for (const item of items) {
    const url = entryUrl(item.link, base);
    // An entry without a usable link has no article to fetch; a repeated link is one article.
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, title: item.title?.trim() || null, publishedAt: isoOrNull(item.date) });
  }
  return out;
}

/**
 * Reads `body` (served from `feedUrl`) as a feed, or throws a FeedFormatError. JSON Feed is
 * recognised by its media type or a leading `{`; anything else is read as XML.
 */
export function parseFeed(body: string, feedUrl: string, mediaType = ""): ParsedFeed {
  const text = body.replace(/^\uFEFF/, "").trimStart();
  if (mediaType.endsWith("json") || text.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new FeedFormatError("is not valid JSON");
    }
    const feed = JsonFeed.safeParse(json);
    if (!feed.success) throw new FeedFormatError("is JSON but not a JSON Feed");
    return {
      format: "json",
      title: feed.data.title?.trim() || null,
      entries: entries(
        feed.data.items.map((i) => ({
          link: i.url ?? i.external_url,
          title: i.title,
          date: i.date_published,
        })),
        feedUrl,
      ),
    };
  }
  const feed = parseXmlFeed(text, { xmlMode: true });
  if (!feed) throw new FeedFormatError("is not an RSS, Atom or JSON feed");
  const format = feed.type === "atom" ? "atom" : feed.type === "rdf" ? "rdf" : "rss";
  return {
    format,
    title: feed.title?.trim() || null,
    entries: entries(
      feed.items.map((i) => ({ link: i.link, title: i.title, date: i.pubDate })),
      feedUrl,
    ),
  };
}
