/**
 * A webhook receiver, served in Node through miniflare's `outboundService`
 * (test/admin/ingest-upstream.ts hands `https://hooks.example` here). It verifies every
 * delivery with `verifyWebhook` from @factline/client, as a real receiver would, and answers
 * 401 when verification fails. Paths start with a namespace the test picks:
 *
 * - `POST /<ns>/config` `{ secret, mode }`: the secret to verify with; mode `ok` (2xx when
 *   verified), `flaky` (500 to the first delivery, then as `ok`) or `down` (always 500).
 * - `POST /<ns>/inbox`: a delivery. `GET /<ns>/log`: every delivery seen, with the outcome.
 */
import { verifyWebhook } from "../../../../packages/client/src/webhooks";

export const HOOKS = "https://hooks.example";

type Received = {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
  body: string;
  verified: boolean;
  error: string | null;
  answered: number;
};

const config = new Map<string, { secret: string; mode: "ok" | "flaky" | "down" }>();
const logs = new Map<string, Received[]>();

/** The outbound handler for `https://hooks.example`. */
export async function hookReceiver(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const [, ns = "", path = ""] = url.pathname.split("/");
  if (path === "config" && request.method === "POST") {
    config.set(ns, await request.json());
    return new Response(null, { status: 204 });
  }
  if (path === "log") return Response.json(logs.get(ns) ?? []);
  if (path !== "inbox" || request.method !== "POST") return new Response("no", { status: 404 });
  const body = await request.text();
  const log = logs.get(ns) ?? [];
  logs.set(ns, log);
  const setup = config.get(ns) ?? { secret: "whsec_", mode: "ok" as const };
  let verified = false;
  let error: string | null = null;
  try {
    await verifyWebhook(setup.secret, body, request.headers);
    verified = true;
  } catch (err) {
    error = (err as Error).message;
  }
  const answered =
    setup.mode === "down" || (setup.mode === "flaky" && log.length === 0)
      ? 500
      : verified
        ? 204
        : 401;
  log.push({
    id: request.headers.get("webhook-id"),
    timestamp: request.headers.get("webhook-timestamp"),
    signature: request.headers.get("webhook-signature"),
    body,
    verified,
    error,
    answered,
  });
  return new Response(null, { status: answered });
}
