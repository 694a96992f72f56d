/**
 * The publishers the feed tests watch, served in Node through miniflare's `outboundService`
 * (test/admin/ingest-upstream.ts hands `https://feeds.example` here). Every path starts with a
 * namespace the test picks, `/<ns>/…`, so tests never share articles or counters:
 *
 * - `/<ns>/rss.xml`, `/<ns>/atom.xml`, `/<ns>/feed.json`: two articles in each format, with an
 *   ETag and Last-Modified; a request carrying either validator gets a 304.
 * - `/<ns>/poison.xml`: one good article, one PDF (never ingestible) and one page whose server
 *   always fails (retried, then dead-lettered).
 * - `/<ns>/copies.xml`: one article and a copy of it under another URL (same text).
 * - `/<ns>/articles/<slug>.html`: the articles; `/<ns>/hits` counts requests per path and
 *   records the conditional headers sent.
 */

export const FEEDS = "https://feeds.example";

const LAST_MODIFIED = "Sat, 28 Nov 2026 10:00:00 GMT";

type Hit = { path: string; ifNoneMatch: string | null; ifModifiedSince: string | null };
const hits = new Map<string, Hit[]>();

function article(ns: string, slug: string): string {
  const seen = slug.replace(/^copy-of-/, "");
  return [
    "<!doctype html><html lang=en><head><meta charset=utf-8>",
    `<title>Harbour council ${ns} ${seen}</title></head><body><article>`,
    `<h1>Harbour council ${ns} ${seen} votes on the new ferry line</h1>`,
    `<p>The harbour council of Port Ellis voted on Tuesday, 24 November 2026, to fund a new ferry line (${ns} report ${seen}).</p>`,
    "<p>Mayor Ana Ruiz said the line would open in March 2027 and carry 2,000 passengers a day.</p>",
    "<p>The opposition said the council had not published the cost of the contract.</p>",
    "</article></body></html>",
  ].join("\n");
}

const rss = (ns: string, links: string[]) =>
  [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rss version="2.0"><channel><title>Port Ellis Gazette ${ns}</title><link>${FEEDS}/${ns}/</link>`,
    ...links.map(
      (l, i) =>
        `<item><title>Story ${i + 1}</title><link>${l}</link><guid>${l}</guid><pubDate>Tue, 24 Nov 2026 0${i}:00:00 GMT</pubDate></item>`,
    ),
    "</channel></rss>",
  ].join("\n");

const atom = (ns: string, links: string[]) =>
  [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Port Ellis Atom ${ns}</title><id>urn:${ns}</id><updated>2026-11-24T00:00:00Z</updated>`,
    ...links.map(
      (l, i) =>
        `<entry><title>Story ${i + 1}</title><link rel="alternate" href="${l}"/><id>${l}</id><updated>2026-11-24T0${i}:00:00Z</updated></entry>`,
    ),
    "</feed>",
  ].join("\n");

const jsonFeed = (ns: string, links: string[]) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: `Port Ellis JSON ${ns}`,
    items: links.map((l, i) => ({
      id: l,
      url: l,
      title: `Story ${i + 1}`,
      date_published: `2026-11-24T0${i}:00:00Z`,
    })),
  });

function feedResponse(request: Request, ns: string, body: string, type: string): Response {
  const etag = `"${ns}-v1"`;
  if (
    request.headers.get("if-none-match") === etag ||
    request.headers.get("if-modified-since") === LAST_MODIFIED
  ) {
    return new Response(null, { status: 304, headers: { etag } });
  }
  return new Response(body, {
    status: 200,
    headers: { "content-type": type, etag, "last-modified": LAST_MODIFIED },
  });
}

/** The outbound handler for `https://feeds.example`. */
export async function feedUpstream(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const [, ns = "", ...rest] = url.pathname.split("/");
  const path = rest.join("/");
  if (path === "hits") return Response.json(hits.get(ns) ?? []);
  const list = hits.get(ns) ?? [];
  list.push({
    path,
    ifNoneMatch: request.headers.get("if-none-match"),
    ifModifiedSince: request.headers.get("if-modified-since"),
  });
  hits.set(ns, list);
  const a = (slug: string) => `${FEEDS}/${ns}/articles/${slug}.html`;
  const two = [`${a("one")}?utm_source=rss`, a("two")];
  switch (path) {
    case "rss.xml":
      return feedResponse(request, ns, rss(ns, two), "application/rss+xml; charset=utf-8");
    case "atom.xml":
      return feedResponse(request, ns, atom(ns, two), "application/atom+xml");
    case "feed.json":
      return feedResponse(request, ns, jsonFeed(ns, two), "application/feed+json");
    case "poison.xml":
      return feedResponse(
        request,
        ns,
        rss(ns, [a("one"), `${FEEDS}/${ns}/articles/report.pdf`, a("always-503")]),
        "application/rss+xml",
      );
    case "copies.xml":
      return feedResponse(
        request,
        ns,
        rss(ns, [a("one"), a("copy-of-one")]),
        "application/rss+xml",
      );
    case "not-a-feed.xml":
      return new Response("<html><body>hello</body></html>", {
        headers: { "content-type": "text/html" },
      });
    case "broken.xml":
      return new Response("down", { status: 500 });
    case "articles/report.pdf":
      return new Response("%PDF-1.7", { headers: { "content-type": "application/pdf" } });
    case "articles/always-503.html":
      return new Response("upstream exploded", { status: 503 });
    default: {
      const slug = /^articles\/([\w-]+)\.html$/.exec(path)?.[1];
      if (slug) {
        return new Response(article(ns, slug), {
          headers: { "content-type": "text/html; charset=utf-8" },
        });
      }
      return new Response("not found", { status: 404 });
    }
  }
}
