import {
  type CreateFeedInput,
  DomainError,
  FEED_INTERVAL_MINUTES,
  type Feed,
  newId,
  type UpdateFeedInput,
} from "@factline/domain";
import type { Database } from "../db/client";
import {
  deleteFeed,
  findFeedByUrl,
  getFeed,
  getFeedItem,
  getFeedRow,
  insertFeed,
  requeueFeedItem,
  updateFeed,
} from "../db/queries/feeds";

import { assertPublicAddresses, safeUrl } from "../lib/fetch-article";
import type { HostResolver } from "../lib/resolve-host";
import { notFound } from "./errors";
import type { FeedItemMessage } from "./feed-poll";

/**
 * Registers a feed to watch. Its URL must pass the same checks as a URL ingest (public
 * http(s), a name resolving only to public addresses), so a feed cannot point the Worker at a
 * private network; it is polled on the next Cron Trigger run.
 */
export async function registerFeed(
  db: Database,
  input: CreateFeedInput,
  who: { userId: string; resolve: HostResolver; now: Date },
): Promise<Feed> {
  const url = safeUrl(input.url, "");
  await assertPublicAddresses(url, who.resolve, AbortSignal.timeout(10_000), false);
  const existing = await findFeedByUrl(db, url.href);
  if (existing) {
    throw new DomainError("conflict", `body.url: the feed ${url.href} is already watched`, {
      errors: [{ path: "body.url", message: "is already watched" }],
      extra: { feedId: existing.id },
    });
  }
  const id = newId("fed");
  const now = who.now.toISOString();
  await insertFeed(db, {
    id,
    url: url.href,
    title: input.title ?? null,
    status: "active",
    intervalMinutes: input.intervalMinutes ?? FEED_INTERVAL_MINUTES.default,
    nextPollAt: now,
    createdBy: who.userId,
    createdAt: now,
  });
  const feed = await getFeed(db, id);
  if (!feed) throw notFound("feed", id);
  return feed;
}

/** Changes a feed's title, interval or status; resuming (or "poll now") makes it due at once. */
export async function changeFeed(
  db: Database,
  id: string,
  input: UpdateFeedInput & { pollNow?: boolean },
  now: Date,
): Promise<Feed> {
  const row = await getFeedRow(db, id);
  if (!row) throw notFound("feed", id);
  const resumed = input.status === "active" && row.status !== "active";
  await updateFeed(db, id, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.intervalMinutes !== undefined ? { intervalMinutes: input.intervalMinutes } : {}),
    ...(resumed || input.pollNow ? { nextPollAt: now.toISOString() } : {}),
  });
  const feed = await getFeed(db, id);
  if (!feed) throw notFound("feed", id);
  return feed;
}

/** Puts a dead item back on the ingest queue (after its page was fixed, say). */
export async function retryDeadItem(
  db: Database,
  queue: Queue<FeedItemMessage>,
  id: string,
  now: Date,
) {
  const item = await getFeedItem(db, id);
  if (!item) throw notFound("feed item", id);
  if (!(await requeueFeedItem(db, id, now.toISOString()))) {
    throw new DomainError("conflict", `Feed item ${id} is ${item.status}, not dead`, {
      extra: { status: item.status },
    });
  }
  await queue.send({ feedItemId: id });
  const after = await getFeedItem(db, id);
  if (!after) throw notFound("feed item", id);
  return after;
}

/** Stops watching a feed (its items go with it; drafts already made stay); 404 when unknown. */
export async function removeFeed(db: Database, id: string): Promise<void> {
  if (!(await deleteFeed(db, id))) throw notFound("feed", id);
}
