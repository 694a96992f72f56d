import { env } from "cloudflare:workers";
import { verifyWebhook, WebhookVerificationError } from "@factline/client";
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookPayload } from "@factline/domain";
import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import { makeEvent, withVersion } from "../admin/editing-support";
import { adminFetch, countRows, loginAs, type TestSession } from "../admin/support/auth";
import { pollCron } from "../feeds/support";
import { HOOKS } from "./hook-receiver";

type Received = {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  verified: boolean;
  error: string | null;
  answered: number;
};

const freshNs = () => `h${crypto.randomUUID().slice(0, 8)}`;

async function receiver(ns: string, secret: string, mode: "ok" | "flaky" | "down" = "ok") {
  await fetch(`${HOOKS}/${ns}/config`, { method: "POST", body: JSON.stringify({ secret, mode }) });
}

async function received(ns: string): Promise<Received[]> {
  return (await fetch(`${HOOKS}/${ns}/log`)).json<Received[]>();
}

async function register(admin: TestSession, ns: string, eventTypes = ["event.published"]) {
  const res = await adminFetch(admin, "POST", "/admin/api/webhooks", {
    url: `${HOOKS}/${ns}/inbox`,
    eventTypes,
  });
  if (res.status !== 201) throw new Error(`register -> ${res.status}: ${await res.text()}`);
  return res.json<CreatedWebhookEndpoint>();
}

async function deliveries(admin: TestSession, endpointId: string): Promise<WebhookDelivery[]> {
  const res = await adminFetch(admin, "GET", `/admin/api/webhooks/${endpointId}/deliveries`);
  expect(res.status).toBe(200);
  return (await res.json<{ data: WebhookDelivery[] }>()).data;
}

/** Waits until every delivery of the endpoint has left `pending`. */
async function settled(admin: TestSession, endpointId: string, count: number) {
  return vi.waitFor(
    async () => {
      const list = await deliveries(admin, endpointId);
      expect(list).toHaveLength(count);
      expect(list.filter((d) => d.status === "pending")).toEqual([]);
      return list;
    },
    { timeout: 20_000, interval: 200 },
  );
}

async function publishEvent(admin: TestSession): Promise<string> {
  const event = await makeEvent(admin);
  const review = await withVersion(admin, "POST", `/admin/api/events/${event.id}/transition`, 1, {
    to: "in_review",
  });
  expect(review.status).toBe(200);
  const publish = await withVersion(admin, "POST", `/admin/api/events/${event.id}/transition`, 2, {
    to: "published",
  });
  expect(publish.status).toBe(200);
  return event.id;
}

describe("signed webhooks", () => {
  it("delivers one signed event.published per publish, verified by the receiver with the exported function", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const endpoint = await register(admin, ns);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await receiver(ns, endpoint.secret);

    const eventId = await publishEvent(admin);
    const [delivery] = await settled(admin, endpoint.id, 1);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 204 });

    const log = await received(ns);
    expect(log).toHaveLength(1);
    const hit = log[0] as Received;
    expect(hit).toMatchObject({ verified: true, answered: 204, id: delivery?.id });
    const payload = JSON.parse(hit.body) as WebhookPayload;
    const change = await env.DB.prepare(
      "SELECT seq FROM changes WHERE record_id = ? AND action = 'upsert'",
    )
      .bind(eventId)
      .first<{ seq: number }>();
    expect(payload).toMatchObject({
      type: "event.published",
      data: { seq: change?.seq, recordType: "event", recordId: eventId, action: "upsert" },
    });
    expect(delivery?.seq).toBe(change?.seq);

    // The reference implementation of the spec accepts the same bytes and headers.
    const headers = {
      "webhook-id": hit.id,
      "webhook-timestamp": hit.timestamp,
      "webhook-signature": hit.signature,
    };
    expect(new Webhook(endpoint.secret).verify(hit.body, headers)).toMatchObject({
      type: "event.published",
    });
    // And our own verifier, here in the Worker runtime.
    expect(await verifyWebhook(endpoint.secret, hit.body, headers)).toEqual(payload);

    // A wrong secret, a tampered body or a stale timestamp fail verification.
    const wrong = (await register(admin, freshNs())).secret;
    await expect(verifyWebhook(wrong, hit.body, headers)).rejects.toThrow(WebhookVerificationError);
    await expect(
      verifyWebhook(endpoint.secret, hit.body.replace("upsert", "retract"), headers),
    ).rejects.toThrow(/no webhook-signature matches/);
    await expect(
      verifyWebhook(endpoint.secret, hit.body, headers, {
        now: new Date(Number(hit.timestamp) * 1000 + 10 * 60_000),
      }),
    ).rejects.toThrow(/too far from now/);

    // The cron's safety-net dispatch makes no second delivery for the same change.
    await pollCron();
    expect(await deliveries(admin, endpoint.id)).toHaveLength(1);
    expect(await received(ns)).toHaveLength(1);
  }, 30_000);

  it("retries after a 500 from the receiver and then delivers, under the same webhook-id", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const endpoint = await register(admin, ns);
    await receiver(ns, endpoint.secret, "flaky");

    await publishEvent(admin);
    const [delivery] = await settled(admin, endpoint.id, 1);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 2, lastStatus: 204 });
    const log = await received(ns);
    expect(log.map((h) => h.answered)).toEqual([500, 204]);
    expect(new Set(log.map((h) => h.id))).toEqual(new Set([delivery?.id]));
    expect(log.every((h) => h.verified)).toBe(true);
  }, 30_000);

  it("marks a delivery failed after the last retry, with the last error in the log", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const endpoint = await register(admin, ns);
    await receiver(ns, endpoint.secret, "down");

    await publishEvent(admin);
    const [delivery] = await settled(admin, endpoint.id, 1);
    expect(delivery).toMatchObject({
      status: "failed",
      attempts: 8,
      lastStatus: 500,
      lastError: "the endpoint answered 500",
    });
    expect(await received(ns)).toHaveLength(8);
  }, 40_000);

  it("fails verification at a receiver holding the wrong secret (401, retried as a failure)", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const endpoint = await register(admin, ns);
    const other = await register(admin, freshNs());
    await receiver(ns, other.secret);

    const res = await adminFetch(admin, "POST", `/admin/api/webhooks/${endpoint.id}/test`);
    expect(res.status).toBe(202);
    const log = await vi.waitFor(
      async () => {
        const l = await received(ns);
        expect(l.length).toBeGreaterThanOrEqual(1);
        return l;
      },
      { timeout: 10_000 },
    );
    expect(log[0]).toMatchObject({ verified: false, answered: 401 });
    expect(log[0]?.error).toMatch(/no webhook-signature matches/);
  }, 30_000);

  it("sends a test event on request and logs it", async () => {
    const admin = await loginAs("admin");
    const ns = freshNs();
    const endpoint = await register(admin, ns, ["claim.retracted"]);
    await receiver(ns, endpoint.secret);
    const res = await adminFetch(admin, "POST", `/admin/api/webhooks/${endpoint.id}/test`);
    expect(res.status).toBe(202);
    const { deliveryId } = await res.json<{ deliveryId: string }>();
    const [delivery] = await settled(admin, endpoint.id, 1);
    expect(delivery).toMatchObject({
      id: deliveryId,
      type: "webhook.test",
      seq: null,
      status: "delivered",
    });
    // An event.published is not among this endpoint's types: no delivery for it.
    await publishEvent(admin);
    await pollCron();
    expect(await deliveries(admin, endpoint.id)).toHaveLength(1);
  }, 30_000);

  it("refuses private endpoint URLs naming body.url, and non-admins", async () => {
    const admin = await loginAs("admin");
    const editor = await loginAs("editor");
    const before = await countRows("webhook_endpoints");
    for (const url of [
      "http://127.0.0.1/hook",
      "http://[::1]/hook",
      "https://intranet.example/hook",
      "http://localhost/hook",
    ]) {
      const res = await adminFetch(admin, "POST", "/admin/api/webhooks", {
        url,
        eventTypes: ["event.published"],
      });
      expect(res.status, url).toBe(400);
      const problem = await res.json<{ errors: { path: string }[] }>();
      expect(problem.errors[0]?.path, url).toBe("body.url");
    }
    const badType = await adminFetch(admin, "POST", "/admin/api/webhooks", {
      url: `${HOOKS}/x/inbox`,
      eventTypes: ["event.exploded"],
    });
    expect(badType.status).toBe(400);
    const refused = await adminFetch(editor, "POST", "/admin/api/webhooks", {
      url: `${HOOKS}/x/inbox`,
      eventTypes: ["event.published"],
    });
    expect(refused.status).toBe(403);
    expect(await countRows("webhook_endpoints")).toBe(before);
  });
});
