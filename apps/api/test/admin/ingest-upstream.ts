/**
 * The "internet" the ingest URL tests see: miniflare's `outboundService` (set in
 * vitest.config.ts) sends every fetch the Worker makes here, in Node, so no test reaches the
 * network. Only `https://articles.example/…` answers; any other host gets a 599 so that a test
 * which accidentally lets a fetch through fails loudly instead of passing.
 */

import { FEEDS, feedUpstream } from "../feeds/feed-upstream";
import { HOOKS, hookReceiver } from "../webhooks/hook-receiver";

/** The host the upstream serves. */
export const UPSTREAM = "https://articles.example";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The seed article as a page: title, canonical link with a tracking parameter, paragraphs. */
export function seedHtml(seed: string): string {
  const lines = seed.split(/\r?\n/).filter((l) => l.trim() !== "");
  const [title = "", ...rest] = lines;
  return [
    "<!doctype html><html lang=en><head><meta charset=utf-8>",
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${UPSTREAM}/news/russia-taliban?utm_source=feed">`,
    "</head><body><article>",
    `<h1>${escapeHtml(title)}</h1>`,
    ...rest.map((l) => `<p>${escapeHtml(l)}</p>`),
    "</article></body></html>",
  ].join("\n");
}

function html(body: string | Uint8Array, type = "text/html; charset=utf-8"): Response {
  return new Response(body, { status: 200, headers: { "content-type": type } });
}

function redirect(location: string, status = 302): Response {
  return new Response(null, { status, headers: { location } });
}

/** A body that keeps streaming 64 KiB chunks of text up to `total` bytes. */
function endless(total: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`<p>${"filler text ".repeat(5460)}</p>\n`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

/**
 * What the test "DNS" answers over DNS-over-HTTPS: the upstream and the hosts its pages name are
 * public; the others are names that look public but point into a private network.
 */
const DNS: Record<string, { A?: string[]; AAAA?: string[] }> = {
  "articles.example": { A: ["93.184.215.14"], AAAA: ["2606:2800:21f:cb07:6820:80da:af6b:8b2c"] },
  "elsewhere.example": { A: ["93.184.215.15"] },
  "feeds.example": { A: ["93.184.215.17"] },
  "hooks.example": { A: ["93.184.215.18"] },
  "intranet.example": { A: ["10.20.30.40"] },
  "rebind.example": { A: ["93.184.215.16"], AAAA: ["fd00::1"] },
  "metadata.example": { A: ["169.254.169.254"] },
};

function dnsAnswer(url: URL): Response {
  const name = (url.searchParams.get("name") ?? "").replace(/\.$/, "");
  const type = url.searchParams.get("type") === "AAAA" ? "AAAA" : "A";
  const records = DNS[name];
  const data = records?.[type] ?? [];
  return Response.json(
    {
      Status: records ? 0 : 3,
      Answer: data.map((d) => ({ name, type: type === "A" ? 1 : 28, TTL: 60, data: d })),
    },
    { headers: { "content-type": "application/dns-json" } },
  );
}

/** The outbound handler for miniflare, given the seed article's text. */
export function ingestUpstream(seed: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.origin === "https://cloudflare-dns.com" && url.pathname === "/dns-query") {
      return dnsAnswer(url);
    }
    if (url.origin === FEEDS) return feedUpstream(request);
    if (url.origin === HOOKS) return hookReceiver(request);
    if (url.origin !== UPSTREAM) {
      return new Response(`no network in tests: ${request.url}`, { status: 599 });
    }
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) return redirect(`/hop/${Number(hop[1]) + 1}`);
    switch (url.pathname) {
      case "/news/russia-taliban":
        return html(seedHtml(seed));
      case "/mirror/russia-taliban":
        // A page naming another site's URL as its canonical one.
        return html(
          seedHtml(seed)
            .replace(
              `${UPSTREAM}/news/russia-taliban?utm_source=feed`,
              "https://elsewhere.example/news/russia-taliban",
            )
            .replace("</article>", "<p>This copy was mirrored from another site.</p></article>"),
        );
      case "/plain/russia-taliban.txt":
        return html(seed, "text/plain; charset=utf-8");
      case "/go/russia-taliban":
        return redirect("/news/russia-taliban", 301);
      case "/go/private":
        return redirect("http://127.0.0.1/admin/api/me");
      case "/go/metadata":
        return redirect("http://169.254.169.254/latest/meta-data/", 307);
      case "/go/ipv6-loopback":
        return redirect("http://[::1]/");
      case "/go/intranet":
        return redirect("https://intranet.example/wiki");
      case "/cp1252.html": {
        // Bytes of a windows-1252 page that says so only in its <meta>.
        const page =
          "<html><head><meta charset=windows-1252><title>Caf\u00e9 report</title></head>" +
          "<body><p>The caf\u00e9 owner in Z\u00fcrich said the na\u00efve plan failed on 4 July 2025.</p></body></html>";
        return html(
          Uint8Array.from(page, (ch) => ch.charCodeAt(0)),
          "text/html",
        );
      }
      case "/report.pdf":
        return html("%PDF-1.7", "application/pdf");
      case "/huge.html":
        return new Response(endless(8 * 1024 * 1024), {
          status: 200,
          headers: { "content-type": "text/html; charset=utf-8" },
        });
      case "/slow.html":
        await new Promise((resolve) => setTimeout(resolve, 3000));
        return html("<p>too late</p>");
      case "/broken.html":
        return new Response("upstream exploded", { status: 503 });
      default:
        return new Response("not found", { status: 404 });
    }
  };
}
