import { env } from "cloudflare:workers";
import type { FeedItem } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { adminFetch, loginAs } from "../admin/support/auth";
import {
  deliverAgain,
  draftCount,
  feedUrl,
  freshNs,
  hits,
  itemsOf,
  pollCron,
  settledItems,
  watch,
} from "./support";

describe("watched feeds: cron → ingest queue → consumer → drafts", () => {
  for (const path of ["rss.xml", "atom.xml", "feed.json"]) {
    it(`stores one draft per new item of ${path}, none on the second poll, none on redelivery`, async () => {
      const admin = await loginAs("admin");
      const ns = freshNs();
      const feed = await watch(admin, feedUrl(ns, path));
      const before = await draftCount();

      await pollCron();
      const items = await settledItems(admin, feed.id, 2);
      expect(items.map((i) => i.status)).toEqual(["drafted", "drafted"]);
      // The tracking parameter of the first link is gone: items are keyed by canonical URL.
      expect(items.map((i) => i.url).sort()).toEqual([
        feedUrl(ns, "articles/one.html"),
        feedUrl(ns, "articles/two.html"),
      ]);
      expect(await draftCount()).toBe(before + 2);
      for (const item of items) {
        const row = await env.DB.prepare("SELECT status, created_by FROM ingests WHERE id = ?")
          .bind(item.ingestId)
          .first<{ status: string; created_by: string }>();
        // A draft awaiting an editor, never accepted or published by the pipeline.
        expect(row).toEqual({ status: "draft", created_by: admin.user.id });
      }

      // Second poll, after the interval: a conditional GET answered 304, nothing new.
      await pollCron(Date.now() + 61 * 60_000);
      const seen = (await hits(ns)).filter((h) => h.path === path);
      expect(seen).toHaveLength(2);
      expect(seen[1]?.ifNoneMatch).toBe(`"${ns}-v1"`);
      const after = await itemsOf(admin, feed.id);
      expect(after).toHaveLength(2);
      expect(await draftCount()).toBe(before + 2);

      // The queue delivers a message again (at-least-once): the consumer changes nothing.
      const redelivered = await deliverAgain(items.map((i) => i.id));
      expect(redelivered.explicitAcks.sort()).toEqual(
        items.map((_, i) => `redelivery-${i}-${items[i]?.id}`).sort(),
      );
      expect(await draftCount()).toBe(before + 2);
      expect(await itemsOf(admin, feed.id)).toEqual(after);
    });
  }

  it("dead-letters a poisoned item with its reason and still drafts the good one", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const feed = await watch(admin, feedUrl(ns, "poison.xml"));

    await pollCron();
    const items = await settledItems(admin, feed.id, 3);
    const byUrl = Object.fromEntries(items.map((i) => [i.url.split("/").pop(), i]));
    expect(byUrl["one.html"]?.status).toBe("drafted");

    // Never ingestible: dead at once, through the dead-letter queue, with why.
    expect(byUrl["report.pdf"]).toMatchObject({ status: "dead", ingestId: null });
    expect(byUrl["report.pdf"]?.lastError).toMatch(/application\/pdf/);

    // A server that keeps failing: retried (max_retries 5), then dead-lettered by the queue.
    expect(byUrl["always-503.html"]).toMatchObject({ status: "dead", ingestId: null });
    expect(byUrl["always-503.html"]?.lastError).toMatch(/answered 503/);
    expect(byUrl["always-503.html"]?.attempts).toBeGreaterThanOrEqual(6);
    const tries = (await hits(ns)).filter((h) => h.path === "articles/always-503.html");
    expect(tries.length).toBeGreaterThanOrEqual(6);

    // The admin's dead letters list them with the reason.
    const res = await adminFetch(admin, "GET", "/admin/api/feed-items?status=dead");
    expect(res.status).toBe(200);
    const dead = (await res.json<{ data: FeedItem[] }>()).data.filter((i) => i.feedId === feed.id);
    expect(dead.map((i) => i.url.split("/").pop()).sort()).toEqual([
      "always-503.html",
      "report.pdf",
    ]);
  }, 40_000);

  it("marks a second URL with the same text as a duplicate of the first draft", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const feed = await watch(admin, feedUrl(ns, "copies.xml"));
    const before = await draftCount();

    await pollCron();
    const items = await settledItems(admin, feed.id, 2);
    const drafted = items.filter((i) => i.status === "drafted");
    const duplicate = items.filter((i) => i.status === "duplicate");
    expect(drafted).toHaveLength(1);
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]?.duplicateOf).toBe(drafted[0]?.ingestId);
    expect(await draftCount()).toBe(before + 1);
  });
});
