import { signWebhook } from "@factline/client";
import { DomainError } from "@factline/domain";
import type { Database } from "../db/client";
import {
  getWebhookDelivery,
  getWebhookEndpoint,
  recordWebhookAttempt,
} from "../db/queries/webhooks";

import { assertPublicAddresses, safeUrl } from "../lib/fetch-article";
import type { HostResolver } from "../lib/resolve-host";

/**
 * Seconds to wait before each retry (Standard Webhooks' suggested schedule, stretched): the
 * last attempt comes 27.6 hours after the first, so a receiver down for a day still gets it.
 */
export const WEBHOOK_RETRY_DELAYS_S = [5, 300, 1800, 7200, 18_000, 36_000, 36_000] as const;
/** Attempts in all: the first and one per retry delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_S.length + 1;

/** A failed attempt: the status the endpoint answered (null for no answer) and why. */
export class WebhookAttemptFailure extends Error {
  override readonly name = "WebhookAttemptFailure";
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export type DeliverDeps = {
  db: Database;
  resolve: HostResolver;
  fetcher?: typeof fetch;
  timeoutMs: number;
  now: Date;
};

/**
 * POSTs one delivery, signed, to its endpoint. The endpoint's URL passes the URL-ingest checks
 * on every attempt (its DNS may have changed since it was registered); redirects are not
 * followed (a 3xx is a failure), so a public endpoint cannot bounce the POST inward.
 * Returns false when there is nothing to send (delivered already, or endpoint gone).
 */
export async function attemptDelivery(
  deps: DeliverDeps,
  deliveryId: string,
  attempt: number,
): Promise<boolean> {
  const { db } = deps;
  const delivery = await getWebhookDelivery(db, deliveryId);
  if (delivery?.status !== "pending") return false;
  const endpoint = await getWebhookEndpoint(db, delivery.endpointId);
  if (!endpoint) return false;
  const signal = AbortSignal.timeout(deps.timeoutMs);
  const timestamp = Math.floor(deps.now.getTime() / 1000);
  let status: number;
  try {
    const url = safeUrl(endpoint.url, "");
    await assertPublicAddresses(url, deps.resolve, signal, false);
    const res = await (deps.fetcher ?? fetch)(url.href, {
      method: "POST",
      redirect: "manual",
      signal,
      headers: {
        "content-type": "application/json",
        "user-agent": "FactlineWebhooks/1.0",
        "webhook-id": delivery.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": await signWebhook(
          endpoint.secret,
          delivery.id,
          timestamp,
          delivery.payload,
        ),
      },
      body: delivery.payload,
    });
    await res.body?.cancel();
    status = res.status;
  } catch (err) {
    const message =
      err instanceof DomainError
        ? err.message.replace(/^body\.url: /, "")
        : signal.aborted
          ? `no answer within ${deps.timeoutMs / 1000} s`
          : `could not be reached (${(err as Error)?.message ?? err})`;
    throw new WebhookAttemptFailure(message, null);
  }
  if (status < 200 || status >= 300) {
    throw new WebhookAttemptFailure(`the endpoint answered ${status}`, status);
  }
  const now = deps.now.toISOString();
  await recordWebhookAttempt(db, delivery.id, {
    status: "delivered",
    attempts: attempt,
    lastStatus: status,
    lastError: null,
    updatedAt: now,
    deliveredAt: now,
  });
  return true;
}

/** Records a failed attempt: still pending (a retry follows) or, past the last, failed. */
export async function recordFailedAttempt(
  db: Database,
  deliveryId: string,
  args: { attempt: number; failure: WebhookAttemptFailure; now: Date },
): Promise<"retry" | "failed"> {
  const failed = args.attempt >= WEBHOOK_MAX_ATTEMPTS;
  await recordWebhookAttempt(db, deliveryId, {
    status: failed ? "failed" : "pending",
    attempts: args.attempt,
    lastStatus: args.failure.status,
    lastError: args.failure.message.slice(0, 1000),
    updatedAt: args.now.toISOString(),
  });
  return failed ? "failed" : "retry";
}
