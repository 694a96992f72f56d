import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Feed, FeedItem } from "@factline/domain";
import { expect, vi } from "vitest";
import worker from "../../src/index";
import { FEED_ITEMS_QUEUE } from "../../src/queues/names";
import { FEED_POLL_CRON } from "../../src/services/feed-poll";
import { adminFetch, type TestSession } from "../admin/support/auth";
import { FEEDS } from "./feed-upstream";

/** A namespace on the fake publisher no other test uses. */
export function freshNs(): string {
  return `ns${crypto.randomUUID().slice(0, 8)}`;
}

/** The URL of a path on the fake publisher under `ns`. */
export const feedUrl = (ns: string, path: string) => `${FEEDS}/${ns}/${path}`;

/** Registers a feed through the admin API; fails the test on anything but 201. */
export async function watch(admin: TestSession, url: string, extra: object = {}): Promise<Feed> {
  const res = await adminFetch(admin, "POST", "/admin/api/feeds", { url, ...extra });
  if (res.status !== 201) throw new Error(`watch ${url} -> ${res.status}: ${await res.text()}`);
  return res.json<Feed>();
}

/** Fires the feed-poll Cron Trigger through the Worker's `scheduled` handler, as if at `at`. */
export async function pollCron(at = Date.now()): Promise<void> {
  await worker.scheduled(
    createScheduledController({ scheduledTime: at, cron: FEED_POLL_CRON }),
    env,
  );
}

/** A feed's items through the admin API. */
export async function itemsOf(admin: TestSession, feedId: string): Promise<FeedItem[]> {
  const res = await adminFetch(admin, "GET", `/admin/api/feed-items?feedId=${feedId}`);
  expect(res.status).toBe(200);
  return (await res.json<{ data: FeedItem[] }>()).data;
}

/**
 * Waits until the real local queue has settled every item of the feed (none `queued`), and
 * returns them. The consumer runs on its own after the cron sent the messages.
 */
export async function settledItems(admin: TestSession, feedId: string, expected: number) {
  return vi.waitFor(
    async () => {
      const items = await itemsOf(admin, feedId);
      expect(items).toHaveLength(expected);
      expect(items.filter((i) => i.status === "queued")).toEqual([]);
      return items;
    },
    { timeout: 20_000, interval: 200 },
  );
}

/** Draft ingests, counted straight in D1. */
export async function draftCount(): Promise<number> {
  const row = await env.DB.prepare(
    "SELECT count(*) AS n FROM ingests WHERE status = 'draft'",
  ).first<{
    n: number;
  }>();
  return row?.n ?? 0;
}

/** Delivers messages to the Worker's `queue` handler directly, as a redelivery would. */
export async function deliverAgain(feedItemIds: string[], attempts = 2) {
  const batch = createMessageBatch(
    FEED_ITEMS_QUEUE,
    feedItemIds.map((feedItemId, i) => ({
      id: `redelivery-${i}-${feedItemId}`,
      timestamp: new Date(),
      attempts,
      body: { feedItemId },
    })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

/** The requests the fake publisher saw under `ns`. */
export async function hits(ns: string) {
  const res = await fetch(`${FEEDS}/${ns}/hits`);
  return res.json<{ path: string; ifNoneMatch: string | null; ifModifiedSince: string | null }[]>();
}
