import { consumeDeadFeedItems, consumeFeedItems } from "./feed-items";
import { FEED_ITEMS_DEAD_QUEUE, FEED_ITEMS_QUEUE, WEBHOOK_DELIVERIES_QUEUE } from "./names";
import { consumeWebhookDeliveries } from "./webhook-deliveries";

/** The Worker's `queue` handler: each batch to the consumer of the queue it came from. */
export async function handleQueue(batch: MessageBatch, env: Env): Promise<void> {
  switch (batch.queue) {
    case FEED_ITEMS_QUEUE:
      return consumeFeedItems(batch as Parameters<typeof consumeFeedItems>[0], env);
    case FEED_ITEMS_DEAD_QUEUE:
      return consumeDeadFeedItems(batch as Parameters<typeof consumeDeadFeedItems>[0], env);
    case WEBHOOK_DELIVERIES_QUEUE:
      return consumeWebhookDeliveries(batch as Parameters<typeof consumeWebhookDeliveries>[0], env);
    default:
      // A queue this Worker does not know: retrying cannot help, so let it be delivered elsewhere.
      throw new Error(`no consumer for queue ${batch.queue}`);
  }
}
