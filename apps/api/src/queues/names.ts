// Queue names as wrangler.jsonc declares them; a consumer Worker learns which queue a batch
// came from only by this name.

/** New feed items to fetch and ingest, one message per item. */
export const FEED_ITEMS_QUEUE = "factline-feed-items";
/** Feed items given up on: retries exhausted, or a failure no retry can fix. */
export const FEED_ITEMS_DEAD_QUEUE = "factline-feed-items-dead";
/** Signed webhook deliveries, one message per (endpoint, change). */
export const WEBHOOK_DELIVERIES_QUEUE = "factline-webhook-deliveries";
