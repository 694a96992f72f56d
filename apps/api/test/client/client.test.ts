import { exports } from "cloudflare:workers";
import { FactlineClient, type FactlineClientOptions, FactlineProblemError } from "@factline/client";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_EVENT_SLUG, DEMO_IDS } from "../../src/seed/demo-ids";
import { exec, makeClaimsBulk, makeEvent, recordChange } from "../support/factories";
import { seedDemo } from "../support/seed";

// The client as another team would use it, its fetch being the real Worker's. Each request
// comes from its own client IP (198.18.0.0/15) unless a test pins one, so the test config's rate
// limit (5 per minute per IP) bites only where a test means it to.
let ipCount = 0;
type Sent = { url: string; headers: Record<string, string>; status: number };

function workerFetch(sent: Sent[] = [], ip?: () => string) {
  return async (input: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    ipCount += 1;
    headers.set(
      "cf-connecting-ip",
      ip?.() ?? `198.18.${Math.floor(ipCount / 250)}.${ipCount % 250}`,
    );
    const res = await exports.default.fetch(input, { ...init, headers });
    sent.push({ url: input, headers: Object.fromEntries(headers), status: res.status });
    return res;
  };
}

function client(options: Partial<FactlineClientOptions> = {}, sent: Sent[] = []) {
  return new FactlineClient({
    baseUrl: "http://factline.test",
    fetch: workerFetch(sent),
    ...options,
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeAll(async () => {
  await seedDemo();
});

describe("@factline/client against the real Worker", () => {
  it("reads health and the OpenAPI document", async () => {
    const c = client();
    expect((await c.health()).status).toBe("ok");
    const doc = await c.openapi();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/v1/changes");
  });

  it("walks the events list to the end, one event a page, following next", async () => {
    const sent: Sent[] = [];
    const c = client({}, sent);
    const all = await collect(c.events.list({ limit: 1 }));
    const direct = await collect(c.events.list({ limit: 100 }));
    expect(all.map((e) => e.id)).toEqual(direct.map((e) => e.id));
    expect(all.length).toBeGreaterThan(2);
    // One request per page plus the empty-next last page's; every id once.
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(sent.filter((s) => s.url.includes("cursor=")).length).toBe(all.length - 1);
  });

  it("filters events by actor and pages claims past a hundred to the end", async () => {
    const c = client();
    const withRussia = await collect(c.events.list({ actor: DEMO_IDS.actors.russia }));
    expect(withRussia.map((e) => e.id)).toContain(DEMO_IDS.events.recognition);
    // The list names its actors: no request per actor to show who took part.
    const recognition = withRussia.find((e) => e.id === DEMO_IDS.events.recognition);
    expect(recognition?.actors.find((a) => a.actorId === DEMO_IDS.actors.russia)).toMatchObject({
      name: "Russia",
      kind: "country",
    });
    const bulk = await makeClaimsBulk(120, DEMO_IDS.sources.article);
    let pages = 0;
    const ids: string[] = [];
    for await (const page of c.claims.list({ limit: 50 }).pages()) {
      pages += 1;
      ids.push(...page.data.map((cl) => cl.id));
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(ids).toEqual(expect.arrayContaining(bulk));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gets every public record type, and JSON-LD on request", async () => {
    const c = client();
    const detail = await c.events.get(DEMO_EVENT_SLUG);
    expect(detail.event.id).toBe(DEMO_IDS.events.recognition);
    expect(detail.claims.length).toBeGreaterThan(0);
    const claim = await c.claims.get(DEMO_IDS.claims.recognized);
    expect(claim).toBeTruthy();
    expect((await c.sources.get(DEMO_IDS.sources.article)).source.id).toBe(
      DEMO_IDS.sources.article,
    );
    expect((await c.actors.get(DEMO_IDS.actors.russia)).actor.id).toBe(DEMO_IDS.actors.russia);
    const actors = await collect(c.actors.list({ limit: 3 }));
    expect(actors.map((a) => a.id)).toContain(DEMO_IDS.actors.russia);
    const ld = await c.events.getJsonLd(DEMO_EVENT_SLUG);
    expect(ld["@context"]).toBeTruthy();
    expect(ld["@type"]).toBe("Event");
    expect((await c.claims.getJsonLd(DEMO_IDS.claims.recognized))["@context"]).toBeTruthy();
  });

  it("searches, reads the Atom feed and streams the NDJSON export", async () => {
    const c = client();
    const hits = await c.search({ q: "taliban" });
    // Following the keyset cursor one hit a page gives the same hits as one page of 100.
    const walked: string[] = [];
    for await (const h of c.searchAll({ q: "taliban", limit: 1 })) walked.push(`${h.type}:${h.id}`);
    const whole = await c.search({ q: "taliban", limit: 100 });
    expect(walked).toEqual(whole.data.map((h) => `${h.type}:${h.id}`));
    expect(hits.data.length).toBeGreaterThan(0);
    expect(await c.feed()).toContain("<feed");
    const lines = await collect(c.export());
    expect(new Set(lines.map((l) => l.type))).toEqual(
      expect.objectContaining(new Set(["actor", "source", "event", "claim"])),
    );
    expect(
      lines.some((l) => l.type === "event" && l.record.id === DEMO_IDS.events.recognition),
    ).toBe(true);
  });

  it("sends If-None-Match from its ETag cache and serves a 304 from the cache", async () => {
    const sent: Sent[] = [];
    const c = client({}, sent);
    const first = await c.events.get(DEMO_EVENT_SLUG);
    const second = await c.events.get(DEMO_EVENT_SLUG);
    expect(second).toEqual(first);
    expect(sent.map((s) => s.status)).toEqual([200, 304]);
    expect(sent[1]?.headers["if-none-match"]).toMatch(/^"[A-Za-z0-9_-]+"$/);
    // Without a cache every read is a full 200.
    const plain: Sent[] = [];
    const nc = client({ cache: false }, plain);
    await nc.events.get(DEMO_EVENT_SLUG);
    await nc.events.get(DEMO_EVENT_SLUG);
    expect(plain.map((s) => s.status)).toEqual([200, 200]);
    expect(plain[1]?.headers["if-none-match"]).toBeUndefined();
  });

  it("turns a problem+json answer into FactlineProblemError with the field errors", async () => {
    const c = client();
    const bad = await c.events
      .list({ limit: 1000 as never })
      [Symbol.asyncIterator]()
      .next()
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(FactlineProblemError);
    const err = bad as FactlineProblemError;
    expect(err.status).toBe(400);
    expect(err.code).toBe("validation_failed");
    expect(err.errors.map((e) => e.path)).toContain("query.limit");
    expect(err.requestId).toBeTruthy();
    const missing = await c.events.get("no-such-event").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(FactlineProblemError);
    expect((missing as FactlineProblemError).code).toBe("not_found");
  });

  it("waits out a 429 for its Retry-After, then succeeds; gives up past its budget", async () => {
    const waits: number[] = [];
    // One IP until the client has waited (the window "passes"), then a fresh one.
    let ip = "192.0.2.250";
    const c = new FactlineClient({
      baseUrl: "http://factline.test",
      fetch: workerFetch([], () => ip),
      sleep: async (ms) => {
        waits.push(ms);
        ip = "192.0.2.251";
      },
    });
    for (let i = 0; i < 5; i++) await c.health();
    expect((await c.health()).status).toBe("ok");
    expect(waits).toEqual([60_000]);

    // Still limited after every retry: the last 429 surfaces with its Retry-After.
    const stuck: number[] = [];
    const s = new FactlineClient({
      baseUrl: "http://factline.test",
      fetch: workerFetch([], () => "192.0.2.251"),
      retry: { retries: 2 },
      sleep: async (ms) => {
        stuck.push(ms);
      },
    });
    const err = await (async () => {
      for (let i = 0; i < 6; i++) await s.health();
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactlineProblemError);
    expect((err as FactlineProblemError).status).toBe(429);
    expect((err as FactlineProblemError).code).toBe("rate_limited");
    expect((err as FactlineProblemError).retryAfter).toBe(60);
    expect(stuck).toEqual([60_000, 60_000]);

    // A Retry-After longer than the client will wait fails at once, without sleeping.
    const never: number[] = [];
    const impatient = new FactlineClient({
      baseUrl: "http://factline.test",
      fetch: workerFetch([], () => "192.0.2.251"),
      retry: { maxDelayMs: 1_000 },
      sleep: async (ms) => {
        never.push(ms);
      },
    });
    await expect(impatient.health()).rejects.toMatchObject({ status: 429 });
    expect(never).toEqual([]);
  });

  it("passes the D1 bookmark on: sends the newest x-d1-bookmark it has seen", async () => {
    const sent: Sent[] = [];
    const c = client({ bookmark: "00000000-00000000-00000000-00000000000000000000" }, sent);
    await c.health();
    expect(sent[0]?.headers["x-d1-bookmark"]).toBe(
      "00000000-00000000-00000000-00000000000000000000",
    );
    await collect(c.actors.list({ limit: 100 }));
    const seen = c.bookmark;
    expect(seen).toBeTruthy();
    await c.sources.get(DEMO_IDS.sources.article);
    expect(sent.at(-1)?.headers["x-d1-bookmark"]).toBe(seen);
  });

  it("follows the change feed to the end and resumes from lastSeq", async () => {
    const c = client();
    const feed = c.changes.list({ limit: 2 });
    const first = await collect(feed);
    expect(first.length).toBeGreaterThan(0);
    const seqs = first.map((ch) => ch.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const resumeFrom = feed.lastSeq;
    expect(resumeFrom).toBe(seqs.at(-1));

    const id = (await makeEvent({ title: "Published after the first sync" })).id;
    await recordChange("event", id, "upsert");
    await exec("UPDATE events SET status = 'retracted' WHERE id = ?", id);
    await recordChange("event", id, "retract");
    const next = c.changes.list({ since: resumeFrom });
    const later = await collect(next);
    expect(later.map((ch) => [ch.id, ch.action])).toEqual([
      [id, "upsert"],
      [id, "retract"],
    ]);
    expect(next.lastSeq).toBeGreaterThan(resumeFrom);
  });
});
