import { createDb } from "../db/client";
import { resolverFor } from "../lib/resolve-host";
import {
  deadLetterFeedItem,
  FeedItemFailure,
  ingestFeedItem,
  noteFeedItemFailure,
} from "../services/feed-item-ingest";
import type { FeedItemMessage } from "../services/feed-poll";

/** A dead letter: the item, and why when the consumer gave up on purpose. */
export type DeadFeedItemMessage = FeedItemMessage & { reason?: string };

/** Longest wait before a retry; Queues caps a message's delay at 12 hours anyway. */
const MAX_RETRY_DELAY_S = 60 * 60;

type Knobs = { FEED_RETRY_BASE_SECONDS?: string; INGEST_FETCH_TIMEOUT_MS?: string };

/** Seconds before the `attempts`-th retry: base · 2^(attempts−1), capped (exponential backoff). */
export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_DELAY_S);
}

function knob(env: Env, name: keyof Knobs, fallback: number): number {
  const value = Number((env as Knobs)[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * The ingest queue's consumer. Each message is settled on its own: a draft stored, a duplicate
 * noted, a permanent failure sent to the dead letters with its reason, anything else retried
 * with exponential backoff until the queue's `max_retries` moves it to the dead-letter queue.
 */
export async function consumeFeedItems(batch: MessageBatch<FeedItemMessage>, env: Env) {
  const db = createDb(env.DB);
  const resolve = resolverFor(env);
  const base = knob(env, "FEED_RETRY_BASE_SECONDS", 60);
  const timeoutMs = knob(env, "INGEST_FETCH_TIMEOUT_MS", 10_000);
  for (const message of batch.messages) {
    const { feedItemId } = message.body;
    const now = new Date();
    try {
      const outcome = await ingestFeedItem(
        { db, resolve, now, limits: { timeoutMs, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } },
        feedItemId,
      );
      console.log(JSON.stringify({ level: "info", message: "feed item", feedItemId, outcome }));
      message.ack();
    } catch (err) {
      const reason = (err as Error)?.message ?? String(err);
      if (err instanceof FeedItemFailure && err.permanent) {
        await noteFeedItemFailure(db, feedItemId, {
          attempts: message.attempts,
          error: reason,
          now,
        });
        await env.FEED_ITEMS_DEAD.send({ feedItemId, reason } satisfies DeadFeedItemMessage);
        message.ack();
        continue;
      }
      console.log(
        JSON.stringify({ level: "warn", message: "feed item retry", feedItemId, reason }),
      );
      try {
        await noteFeedItemFailure(db, feedItemId, {
          attempts: message.attempts,
          error: reason,
          now,
        });
      } catch {
        // D1 itself may be what failed; the retry is what matters.
      }
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts, base) });
    }
  }
}

/** The dead-letter queue's consumer: records each item as dead with its reason, for the admin. */
export async function consumeDeadFeedItems(batch: MessageBatch<DeadFeedItemMessage>, env: Env) {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    await deadLetterFeedItem(db, message.body.feedItemId, {
      reason: message.body.reason ?? null,
      attempts: message.attempts,
      now: new Date(),
    });
    message.ack();
  }
}
