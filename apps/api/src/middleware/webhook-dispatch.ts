import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { dispatchChanges } from "../services/webhook-dispatch";

/**
 * After a successful admin write, turns the changes it committed into webhook deliveries —
 * after the response, in `waitUntil`, so no write waits on it. Writes commit their change-feed
 * rows in their own batch first; a dispatch that fails here is redone by the Cron Trigger.
 */
export const dispatchWebhooksAfterWrites = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.res.status >= 400) return;
  const db = c.get("db");
  if (!db) return;
  c.executionCtx.waitUntil(
    dispatchChanges(db, c.env.WEBHOOK_DELIVERIES, new Date()).catch((err) =>
      console.log(
        JSON.stringify({ level: "error", message: "webhook dispatch", error: String(err) }),
      ),
    ),
  );
});
