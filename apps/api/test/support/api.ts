import { exports } from "cloudflare:workers";

let client = 0;

/**
 * A request through the real Worker. Each call comes from a new client IP (TEST-NET-3), as at
 * the edge, so the low test rate limit only bites where a test sends one IP on purpose.
 */
export function api(path: string, init: RequestInit & { ip?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("cf-connecting-ip")) {
    client += 1;
    headers.set(
      "cf-connecting-ip",
      init.ip ?? `203.0.${113 + Math.floor(client / 250)}.${client % 250}`,
    );
  }
  return exports.default.fetch(`http://factline.test${path}`, { ...init, headers });
}

/** GET a path and parse its JSON body, failing loudly on a non-2xx status. */
export async function getJson<T = Record<string, unknown>>(
  path: string,
  init: RequestInit = {},
): Promise<T> {
  const res = await api(path, init);
  if (!res.ok) throw new Error(`GET ${path} -> ${res.status}: ${await res.text()}`);
  return res.json<T>();
}
