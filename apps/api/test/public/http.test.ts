import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { invalidatePublicCache } from "../../src/lib/cache";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../../src/seed/demo-ids";
import { api, getJson } from "../support/api";
import { makeEvent } from "../support/factories";
import { seedDemo } from "../support/seed";

beforeAll(async () => {
  await seedDemo();
});

const GETS = [
  "/v1/events",
  `/v1/events/${DEMO_EVENT_SLUG}`,
  "/v1/claims",
  `/v1/claims/${DEMO_IDS.claims.recognized}`,
  `/v1/sources/${DEMO_IDS.sources.article}`,
  "/v1/actors",
  `/v1/actors/${DEMO_IDS.actors.russia}`,
  "/v1/search?q=taliban",
  "/v1/changes",
  "/v1/feed.atom",
  "/v1/export.ndjson",
  "/v1/openapi.json",
];

describe("conditional GETs and caching", () => {
  it.each(GETS)(
    "%s has a strong ETag and answers If-None-Match with an empty 304",
    async (path) => {
      const res = await api(path);
      expect(res.status).toBe(200);
      const etag = res.headers.get("etag");
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      await res.arrayBuffer();
      const again = await api(path, { headers: { "if-none-match": `"other", ${etag}` } });
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
      const changed = await api(path, { headers: { "if-none-match": '"stale"' } });
      expect(changed.status).toBe(200);
      await changed.arrayBuffer();
    },
  );

  it("gives the same body the same ETag and different representations different ones", async () => {
    const a = await api(`/v1/events/${DEMO_EVENT_SLUG}`);
    const b = await api(`/v1/events/${DEMO_EVENT_SLUG}`, {
      headers: { accept: "application/ld+json" },
    });
    expect(a.headers.get("etag")).not.toBe(b.headers.get("etag"));
    // Read past the cache (a bookmark) so the body is rendered again from D1.
    const c = await api(`/v1/events/${DEMO_EVENT_SLUG}`, {
      headers: { "x-d1-bookmark": a.headers.get("x-d1-bookmark") ?? "first-primary" },
    });
    expect(c.headers.get("x-cache")).toBeNull();
    expect(c.headers.get("etag")).toBe(a.headers.get("etag"));
  });

  it("sends Cache-Control with s-maxage on public reads", async () => {
    for (const path of [
      "/v1/events",
      `/v1/events/${DEMO_EVENT_SLUG}`,
      "/v1/search?q=russia",
      "/v1/feed.atom",
    ]) {
      const res = await api(path);
      expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+, s-maxage=\d+/);
    }
  });

  it("serves repeat reads from the edge cache until invalidatePublicCache() makes a publish visible", async () => {
    const ev = await makeEvent({ title: "Pending publication", status: "in_review" });
    const path = `/v1/events?q=pending%20publication`;
    const before = await api(path);
    expect((await before.json<{ data: unknown[] }>()).data).toEqual([]);
    const hit = await api(path);
    expect(hit.headers.get("x-cache")).toBe("hit");
    // A write that skips the invalidation is not seen: the cached page is served.
    await env.DB.prepare("UPDATE events SET status = 'published' WHERE id = ?").bind(ev.id).run();
    expect((await getJson<{ data: unknown[] }>(path)).data).toEqual([]);
    // What the admin API does after publishing:
    await invalidatePublicCache();
    const after = await getJson<{ data: { id: string }[] }>(path);
    expect(after.data.map((e) => e.id)).toEqual([ev.id]);
    expect((await api(`/v1/events/${ev.id}`)).status).toBe(200);
  });

  it("bypasses the cache for a client that sends a D1 bookmark, and returns a new bookmark", async () => {
    const first = await api("/v1/events");
    const bookmark = first.headers.get("x-d1-bookmark");
    expect(bookmark).toBeTruthy();
    const next = await api("/v1/events", { headers: { "x-d1-bookmark": bookmark as string } });
    expect(next.status).toBe(200);
    expect(next.headers.get("x-cache")).toBeNull();
    expect(next.headers.get("x-d1-bookmark")).toBeTruthy();
  });

  it("rejects a malformed bookmark with a 400 naming the header", async () => {
    const res = await api("/v1/events", { headers: { "x-d1-bookmark": "'; DROP TABLE events" } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("header.x-d1-bookmark");
  });
});

describe("CORS and security headers", () => {
  it("answers a preflight from any origin without a body", async () => {
    const res = await api("/v1/events", {
      method: "OPTIONS",
      headers: {
        origin: "https://example.org",
        "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match, x-d1-bookmark",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
    expect(res.headers.get("access-control-allow-headers")).toContain("x-d1-bookmark");
  });

  it("lets any origin read and exposes ETag, Link and the bookmark", async () => {
    const res = await api("/v1/events?limit=1", { headers: { origin: "https://example.org" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = res.headers.get("access-control-expose-headers") ?? "";
    for (const h of ["ETag", "Link", "x-d1-bookmark"]) expect(exposed).toContain(h);
  });

  it("sets nosniff, framing and referrer headers on JSON, errors and HTML", async () => {
    for (const path of ["/v1/events", "/v1/events/nope", "/docs"]) {
      const res = await api(path);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
    const docs = await api("/docs");
    expect(docs.headers.get("content-type")).toContain("text/html");
    expect(docs.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});

describe("errors", () => {
  it("answers an unknown /v1 route with a 404 problem", async () => {
    const res = await api("/v1/unicorns");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json<{
      code: string;
      requestId: string;
      status: number;
      type: string;
      title: string;
    }>();
    expect(body).toMatchObject({ code: "not_found", status: 404 });
    expect(body.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("rate-limits one client IP's database reads with 429, Retry-After and a problem body", async () => {
    const ip = "198.51.100.7";
    const statuses: number[] = [];
    let limited: Response | null = null;
    // Each URL is new to the cache, so each request reads D1 and counts.
    for (let i = 1; i <= 8; i++) {
      const res = await api(`/v1/actors?limit=${i}`, { ip });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    // vitest.config.ts binds a limit of 5 per minute.
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited?.json<{ code: string }>())?.code).toBe("rate_limited");
    // Another client is unaffected.
    expect((await api("/v1/actors?limit=9")).status).toBe(200);
  });

  it("answers cache hits and their 304s without the limiter, even for a limited client", async () => {
    const ip = "198.51.100.8";
    const first = await api("/v1/actors?limit=3", { ip });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") as string;
    await first.arrayBuffer();
    for (let i = 11; i <= 20; i++) await (await api(`/v1/actors?limit=${i}`, { ip })).arrayBuffer();
    // Over the limit for anything that reads D1 …
    expect((await api("/v1/search?q=taliban", { ip })).status).toBe(429);
    // … yet the cached list is still served, and revalidated, without a D1 read or a 429.
    for (let i = 0; i < 10; i++) {
      const hit = await api("/v1/actors?limit=3", { ip });
      expect(hit.status).toBe(200);
      expect(hit.headers.get("x-cache")).toBe("hit");
      await hit.arrayBuffer();
      const again = await api("/v1/actors?limit=3", { ip, headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
    }
  });
});

describe("GET /v1/openapi.json", () => {
  it("describes every public operation with an operationId and summary", async () => {
    const doc = await getJson<{
      paths: Record<
        string,
        | {
            get?: {
              operationId?: string;
              summary?: string;
              responses: Record<string, { content: Record<string, unknown> }>;
            };
          }
        | undefined
      >;
    }>("/v1/openapi.json");
    const expected = {
      "/v1/events": "listEvents",
      "/v1/events/{idOrSlug}": "getEvent",
      "/v1/claims": "listClaims",
      "/v1/claims/{id}": "getClaim",
      "/v1/sources/{id}": "getSource",
      "/v1/actors": "listActors",
      "/v1/actors/{id}": "getActor",
      "/v1/search": "search",
      "/v1/changes": "listChanges",
      "/v1/feed.atom": "getFeed",
      "/v1/export.ndjson": "exportRecord",
    };
    for (const [path, op] of Object.entries(expected)) {
      expect(doc.paths[path]?.get?.operationId).toBe(op);
      expect(doc.paths[path]?.get?.summary).toBeTruthy();
    }
    expect(
      doc.paths["/v1/events/{idOrSlug}"]?.get?.responses["200"]?.content["application/ld+json"],
    ).toBeDefined();
  });
});
