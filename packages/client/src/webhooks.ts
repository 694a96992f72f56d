// Standard Webhooks (https://www.standardwebhooks.com/, spec v1): every delivery carries
// `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`, a space-separated
// list of `v1,<base64 HMAC-SHA256>` over `${id}.${timestamp}.${body}`, keyed with the base64
// bytes after the secret's `whsec_` prefix. WebCrypto only, so this runs in Workers, Node ≥ 20
// and browsers. The API signs with `signWebhook`; receivers call `verifyWebhook`.

/** Why a delivery was refused: a missing header, a stale timestamp or a bad signature. */
export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
}

/** How far a delivery's timestamp may be from now, by default (the spec suggests 5 minutes). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = "whsec_";
const encoder = new TextEncoder();

function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  const raw = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(raw);
  } catch {
    throw new WebhookVerificationError("the secret is not base64 (whsec_…)");
  }
  return crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}

/** A new signing secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${bytesToBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** The `webhook-signature` value (`v1,<base64>`) for one delivery. */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = await hmacKey(secret);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${id}.${timestamp}.${body}`));
  return `v1,${bytesToBase64(new Uint8Array(mac))}`;
}

type HeaderSource = Headers | Record<string, string | null | undefined>;

function header(headers: HeaderSource, name: string): string {
  // Duck-typed: a Request's headers may come from another realm's Headers class (Node's
  // undici in a test harness, a polyfill), where `instanceof Headers` is false.
  const value =
    typeof headers.get === "function"
      ? (headers as Headers).get(name)
      : (Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? null);
  if (!value) throw new WebhookVerificationError(`missing the ${name} header`);
  return value;
}

/**
 * Checks a delivery and returns its parsed JSON body; throws a WebhookVerificationError when a
 * header is missing, the timestamp is further than `toleranceSeconds` from now (replays), or
 * no `v1` signature matches `secret`. Pass the body exactly as received (the raw text, before
 * any JSON parsing). The comparison is WebCrypto's `verify`, which takes constant time.
 */
export async function verifyWebhook<T = unknown>(
  secret: string,
  body: string,
  headers: HeaderSource,
  options: { toleranceSeconds?: number; now?: Date } = {},
): Promise<T> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(seconds)) {
    throw new WebhookVerificationError("webhook-timestamp is not Unix seconds");
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - seconds) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) {
    throw new WebhookVerificationError("webhook-timestamp is too far from now");
  }
  const key = await hmacKey(secret);
  const signed = encoder.encode(`${id}.${timestamp}.${body}`);
  for (const entry of signatures.split(" ")) {
    const [version, mac] = entry.split(",", 2);
    if (version !== "v1" || !mac) continue;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(mac);
    } catch {
      continue;
    }
    if (await crypto.subtle.verify("HMAC", key, bytes, signed)) return JSON.parse(body) as T;
  }
  throw new WebhookVerificationError("no webhook-signature matches the secret");
}
