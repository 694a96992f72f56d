import { newId } from "@factline/domain";
import type { Database } from "../db/client";
import { deleteFeedItems, dueFeeds, insertNewFeedItems, updateFeed } from "../db/queries/feeds";
import type { FeedRow } from "../db/schema";
import { fetchFeed } from "../lib/fetch-feed";
import { parseFeed } from "../lib/parse-feed";
import type { HostResolver } from "../lib/resolve-host";

/**
 * The Cron Trigger that polls watched feeds (wrangler.jsonc `triggers.crons`). Not exported
 * from src/index.ts: workerd takes every named export of the main module for a handler.
 */
export const FEED_POLL_CRON = "*/5 * * * *";

/** The ingest queue's message: only the item's id; the item's row says the rest. */
export type FeedItemMessage = { feedItemId: string };

/**
 * Feeds polled per Cron Trigger run. Each poll costs up to three subrequests (two DNS lookups
 * and the fetch), and a Worker invocation has a subrequest budget; the most overdue go first
 * and the rest wait for the next run.
 */
export const FEEDS_PER_RUN = 10;
/** Items taken from one poll; a feed that lists more gets the rest on later polls. */
export const ITEMS_PER_POLL = 50;
/** Longest wait between polls of a failing feed. */
const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/** What polling needs from outside: D1, the ingest queue, DNS, fetch and the time. */
export type PollDeps = {
  db: Database;
  queue: Queue<FeedItemMessage>;
  resolve: HostResolver;
  fetcher?: typeof fetch;
  now: Date;
};

/** One feed's poll, as `lastOutcome` words and the number of new items queued. */
export type PollOutcome = { feedId: string; outcome: string; queued: number; failed: boolean };

const addMs = (at: Date, ms: number) => new Date(at.getTime() + ms).toISOString();

/** Polls every due feed (up to FEEDS_PER_RUN); one feed's failure never stops the others. */
export async function pollDueFeeds(deps: PollDeps): Promise<PollOutcome[]> {
  const feeds = await dueFeeds(deps.db, deps.now.toISOString(), FEEDS_PER_RUN);
  const out: PollOutcome[] = [];
  for (const feed of feeds) out.push(await pollFeed(deps, feed));
  return out;
}

/**
 * Fetches one feed conditionally, stores the items it has not seen (by canonical URL, across
 * all feeds) and queues one message per new item. The next poll is `intervalMinutes` later;
 * after an error it backs off, doubling per consecutive error up to a day.
 */
export async function pollFeed(deps: PollDeps, feed: FeedRow): Promise<PollOutcome> {
  const now = deps.now.toISOString();
  try {
    const got = await fetchFeed(
      feed.url,
      { etag: feed.etag, lastModified: feed.lastModified },
      deps.resolve,
      undefined,
      deps.fetcher,
    );
    if (got.status === 304) {
      return await settled(deps, feed, { outcome: "304 not modified", queued: 0 });
    }
    const parsed = parseFeed(got.body, got.url, got.mediaType);
    const rows = parsed.entries.slice(0, ITEMS_PER_POLL).map((entry) => ({
      id: newId("fdi"),
      feedId: feed.id,
      url: entry.url,
      title: entry.title,
      publishedAt: entry.publishedAt,
      status: "queued" as const,
      createdAt: now,
      updatedAt: now,
    }));
    const fresh = await insertNewFeedItems(deps.db, rows);
    try {
      // sendBatch takes at most 100 messages; ITEMS_PER_POLL keeps one poll within that.
      if (fresh.length > 0) {
        await deps.queue.sendBatch(fresh.map((id) => ({ body: { feedItemId: id } })));
      }
    } catch (err) {
      // Unsent items would wait as `queued` forever; forgotten, the next poll finds them anew.
      await deleteFeedItems(deps.db, fresh);
      throw err;
    }
    return await settled(deps, feed, {
      outcome: `200: ${fresh.length} new of ${parsed.entries.length} items (${parsed.format})`,
      queued: fresh.length,
      validators: { etag: got.etag, lastModified: got.lastModified },
      title: feed.title ?? parsed.title,
    });
  } catch (err) {
    const errors = feed.consecutiveErrors + 1;
    const backoff = Math.min(feed.intervalMinutes * 60_000 * 2 ** (errors - 1), MAX_BACKOFF_MS);
    const outcome = `error: ${(err as Error)?.message ?? String(err)}`.slice(0, 500);
    await updateFeed(deps.db, feed.id, {
      lastPolledAt: now,
      lastOutcome: outcome,
      consecutiveErrors: errors,
      nextPollAt: addMs(deps.now, backoff),
    });
    return { feedId: feed.id, outcome, queued: 0, failed: true };
  }
}

async function settled(
  deps: PollDeps,
  feed: FeedRow,
  args: {
    outcome: string;
    queued: number;
    validators?: { etag: string | null; lastModified: string | null };
    title?: string | null;
  },
): Promise<PollOutcome> {
  await updateFeed(deps.db, feed.id, {
    lastPolledAt: deps.now.toISOString(),
    lastOutcome: args.outcome,
    consecutiveErrors: 0,
    nextPollAt: addMs(deps.now, feed.intervalMinutes * 60_000),
    ...(args.validators ?? {}),
    ...(args.title !== undefined ? { title: args.title } : {}),
  });
  return { feedId: feed.id, outcome: args.outcome, queued: args.queued, failed: false };
}
