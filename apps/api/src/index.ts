import { createApp } from "./app";
import { createDb } from "./db/client";
import { runHousekeeping } from "./services/housekeeping";

const app = createApp();

/**
 * The Worker: HTTP through the Hono app; the Cron Trigger (wrangler.jsonc `triggers.crons`)
 * through `scheduled`, which runs the housekeeping.
 */
export default {
  fetch: app.fetch,
  async scheduled(controller, env) {
    const now = new Date(controller.scheduledTime);
    const removed = await runHousekeeping(createDb(env.DB), now);
    console.log(
      JSON.stringify({ level: "info", message: "housekeeping", cron: controller.cron, ...removed }),
    );
  },
} satisfies ExportedHandler<Env>;

/** The app's type with every route: the admin UI's typed client (`hc<AppType>`) reads it. */
export type AppType = typeof app;
