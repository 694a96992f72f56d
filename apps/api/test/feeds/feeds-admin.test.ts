import { env } from "cloudflare:workers";
import type { Feed, FeedItem } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { adminFetch, countRows, loginAs } from "../admin/support/auth";
import { feedUrl, freshNs, pollCron, settledItems, watch } from "./support";

const MINUTE = 60_000;

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
  return res.json<{ status: number; errors?: { path: string; message: string }[] }>();
}

async function feedRow(id: string) {
  return env.DB.prepare("SELECT * FROM feeds WHERE id = ?")
    .bind(id)
    .first<Record<string, unknown>>();
}

describe("admin API for watched feeds", () => {
  it("registers, lists, renames, pauses and forgets a feed (admins only for writes)", async () => {
    const admin = await loginAs("admin");
    const editor = await loginAs("editor");
    const ns = freshNs();
    const feed = await watch(admin, feedUrl(ns, "rss.xml"), { intervalMinutes: 30 });
    expect(feed).toMatchObject({
      url: feedUrl(ns, "rss.xml"),
      status: "active",
      intervalMinutes: 30,
      consecutiveErrors: 0,
      items: { queued: 0, drafted: 0, duplicate: 0, dead: 0 },
      createdBy: admin.user.id,
    });

    const listed = await adminFetch(editor, "GET", "/admin/api/feeds");
    expect(listed.status).toBe(200);
    expect((await listed.json<{ data: Feed[] }>()).data.map((f) => f.id)).toContain(feed.id);

    const refused = await adminFetch(editor, "POST", "/admin/api/feeds", {
      url: feedUrl(freshNs(), "rss.xml"),
    });
    expect(refused.status).toBe(403);

    const paused = await adminFetch(admin, "PATCH", `/admin/api/feeds/${feed.id}`, {
      title: "Gazette",
      status: "paused",
    });
    expect(paused.status).toBe(200);
    expect(await paused.json<Feed>()).toMatchObject({ title: "Gazette", status: "paused" });

    const gone = await adminFetch(admin, "DELETE", `/admin/api/feeds/${feed.id}`);
    expect(gone.status).toBe(204);
    expect((await adminFetch(admin, "GET", `/admin/api/feeds/${feed.id}`)).status).toBe(404);
  });

  it("refuses private, local and unresolvable feed URLs, naming body.url, and stores nothing", async () => {
    const admin = await loginAs("admin");
    const before = await countRows("feeds");
    for (const url of [
      "http://127.0.0.1/feed.xml",
      "http://localhost/feed.xml",
      "https://intranet.example/feed.xml",
      "https://metadata.example/latest",
      "file:///etc/passwd",
      "https://feeds.example:8443/x.xml",
    ]) {
      const res = await adminFetch(admin, "POST", "/admin/api/feeds", { url });
      expect(res.status, url).toBe(400);
      expect((await problem(res)).errors?.[0]?.path, url).toBe("body.url");
    }
    const nowhere = await adminFetch(admin, "POST", "/admin/api/feeds", {
      url: "https://no-such-host.example/feed.xml",
    });
    expect(nowhere.status).toBe(422);
    expect(await countRows("feeds")).toBe(before);
  });

  it("refuses a second feed for the same URL (409) and an interval out of range (400)", async () => {
    const admin = await loginAs("admin");
    const url = feedUrl(freshNs(), "atom.xml");
    await watch(admin, url);
    const again = await adminFetch(admin, "POST", "/admin/api/feeds", { url });
    expect(again.status).toBe(409);
    const tooOften = await adminFetch(admin, "POST", "/admin/api/feeds", {
      url: feedUrl(freshNs(), "atom.xml"),
      intervalMinutes: 1,
    });
    expect(tooOften.status).toBe(400);
    expect((await problem(tooOften)).errors?.[0]?.path).toBe("body.intervalMinutes");
  });

  it("backs off a failing feed, doubling the wait per consecutive error", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const broken = await watch(admin, feedUrl(ns, "broken.xml"), { intervalMinutes: 10 });
    const notAFeed = await watch(admin, feedUrl(ns, "not-a-feed.xml"), { intervalMinutes: 10 });

    const t0 = Date.now();
    await pollCron(t0);
    let row = await feedRow(broken.id);
    expect(row?.consecutive_errors).toBe(1);
    expect(row?.last_outcome).toMatch(/answered 500/);
    expect(row?.next_poll_at).toBe(new Date(t0 + 10 * MINUTE).toISOString());
    expect((await feedRow(notAFeed.id))?.last_outcome).toMatch(/not an RSS, Atom or JSON feed/);

    // Not due yet: a run before next_poll_at leaves it alone.
    await pollCron(t0 + 5 * MINUTE);
    expect((await feedRow(broken.id))?.consecutive_errors).toBe(1);

    const t1 = t0 + 10 * MINUTE;
    await pollCron(t1);
    row = await feedRow(broken.id);
    expect(row?.consecutive_errors).toBe(2);
    expect(row?.next_poll_at).toBe(new Date(t1 + 20 * MINUTE).toISOString());
  });

  it("puts a dead letter back on the queue on request", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const feed = await watch(admin, feedUrl(ns, "poison.xml"));
    await pollCron();
    const items = await settledItems(admin, feed.id, 3);
    const pdf = items.find((i) => i.url.endsWith("report.pdf"));
    if (!pdf) throw new Error("no pdf item");
    expect(pdf.status).toBe("dead");

    const draftOnly = items.find((i) => i.status === "drafted");
    const notDead = await adminFetch(admin, "POST", `/admin/api/feed-items/${draftOnly?.id}/retry`);
    expect(notDead.status).toBe(409);

    const res = await adminFetch(admin, "POST", `/admin/api/feed-items/${pdf.id}/retry`);
    expect(res.status).toBe(200);
    expect(await res.json<FeedItem>()).toMatchObject({ status: "queued", attempts: 0 });
    // Still a PDF, so it comes back dead, with its reason again.
    const again = await settledItems(admin, feed.id, 3);
    expect(again.find((i) => i.id === pdf.id)).toMatchObject({ status: "dead" });
  }, 40_000);
});
