import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_EVENT_SLUG } from "../../src/seed/demo-ids";
import { api } from "../support/api";
import { seedDemo } from "../support/seed";

beforeAll(async () => {
  await seedDemo();
});

describe("HEAD on public reads", () => {
  it("answers HEAD from the edge cache GET filled, with the GET's ETag and no body", async () => {
    const path = `/v1/events/${DEMO_EVENT_SLUG}`;
    const get = await api(path);
    expect(get.status).toBe(200);
    await get.arrayBuffer();
    const head = await api(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-cache")).toBe("hit");
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(head.headers.get("cache-control")).toBe(get.headers.get("cache-control"));
    expect(await head.text()).toBe("");
  });

  it("answers a HEAD whose If-None-Match matches with an empty 304", async () => {
    const path = "/v1/actors";
    const get = await api(path);
    await get.arrayBuffer();
    const etag = get.headers.get("etag") as string;
    const head = await api(path, { method: "HEAD", headers: { "if-none-match": etag } });
    expect(head.status).toBe(304);
    expect(head.headers.get("etag")).toBe(etag);
    expect(await head.text()).toBe("");
  });

  it("fills the cache on a HEAD that missed, so the next GET is a hit with a body", async () => {
    const path = "/v1/claims?limit=3";
    const head = await api(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-cache")).toBe("miss");
    expect(await head.text()).toBe("");
    const get = await api(path);
    expect(get.headers.get("x-cache")).toBe("hit");
    expect(get.headers.get("etag")).toBe(head.headers.get("etag"));
    expect(((await get.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  });
});
