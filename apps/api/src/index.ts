import { createApp } from "./app";
import { createDb } from "./db/client";
import { resolverFor } from "./lib/resolve-host";
import { handleQueue } from "./queues";
import { FEED_POLL_CRON, pollDueFeeds } from "./services/feed-poll";
import { runHousekeeping } from "./services/housekeeping";
import { dispatchChanges } from "./services/webhook-dispatch";

const app = createApp();

/**
 * The Worker: HTTP through the Hono app; the Cron Triggers (wrangler.jsonc `triggers.crons`)
 * through `scheduled` — the feed poll on its own schedule, the housekeeping on the other; the
 * feed-item queues through `queue`.
 */
export default {
  fetch: app.fetch,
  async scheduled(controller, env) {
    const now = new Date(controller.scheduledTime);
    const db = createDb(env.DB);
    if (controller.cron === FEED_POLL_CRON) {
      const polls = await pollDueFeeds({
        db,
        queue: env.FEED_ITEMS,
        resolve: resolverFor(env),
        now,
      });
      // The safety net for webhook deliveries a write's own dispatch did not make.
      const deliveries = await dispatchChanges(db, env.WEBHOOK_DELIVERIES, now);
      console.log(JSON.stringify({ level: "info", message: "feeds polled", polls, deliveries }));
      return;
    }
    const removed = await runHousekeeping(db, now);
    console.log(
      JSON.stringify({ level: "info", message: "housekeeping", cron: controller.cron, ...removed }),
    );
  },
  queue: handleQueue,
} satisfies ExportedHandler<Env>;

/** The app's type with every route: the admin UI's typed client (`hc<AppType>`) reads it. */
export type AppType = typeof app;
