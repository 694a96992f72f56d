import { createDb } from "../db/client";
import { resolverFor } from "../lib/resolve-host";
import {
  attemptDelivery,
  recordFailedAttempt,
  WEBHOOK_RETRY_DELAYS_S,
  WebhookAttemptFailure,
} from "../services/webhook-delivery";
import type { WebhookDeliveryMessage } from "../services/webhook-dispatch";

type Knobs = { WEBHOOK_RETRY_SCALE?: string; WEBHOOK_TIMEOUT_MS?: string };

function knob(env: Env, name: keyof Knobs, fallback: number): number {
  const value = Number((env as Knobs)[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * The delivery queue's consumer: one signed POST per message. A failure is recorded on the
 * delivery (status, error) and retried on the schedule in WEBHOOK_RETRY_DELAYS_S; after the
 * last attempt the delivery is marked failed and the message acknowledged.
 */
export async function consumeWebhookDeliveries(
  batch: MessageBatch<WebhookDeliveryMessage>,
  env: Env,
) {
  const db = createDb(env.DB);
  const resolve = resolverFor(env);
  // Tests shrink the schedule (0 = retry at once); production waits the full delays.
  const scale = knob(env, "WEBHOOK_RETRY_SCALE", 1);
  const timeoutMs = knob(env, "WEBHOOK_TIMEOUT_MS", 10_000);
  for (const message of batch.messages) {
    const { deliveryId } = message.body;
    const now = new Date();
    try {
      await attemptDelivery({ db, resolve, timeoutMs, now }, deliveryId, message.attempts);
      message.ack();
    } catch (err) {
      const failure =
        err instanceof WebhookAttemptFailure
          ? err
          : new WebhookAttemptFailure((err as Error)?.message ?? String(err), null);
      const next = await recordFailedAttempt(db, deliveryId, {
        attempt: message.attempts,
        failure,
        now,
      });
      if (next === "failed") {
        message.ack();
        continue;
      }
      const delay = WEBHOOK_RETRY_DELAYS_S[message.attempts - 1] ?? 0;
      message.retry({ delaySeconds: Math.round(delay * scale) });
    }
  }
}
