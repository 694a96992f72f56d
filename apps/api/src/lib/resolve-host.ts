// The addresses a host name resolves to, asked over DNS-over-HTTPS (RFC 8484's JSON form, as
// Cloudflare's and Google's resolvers serve it). A Worker cannot call the system resolver, so
// this is how URL ingest learns that a public-looking name ("intranet.example.com") points at a
// private address before it fetches the page. What remains is DNS rebinding: the name could
// resolve differently a moment later when the runtime connects; README's "URL ingest" notes
// say what covers that in production.
import { parseIPv4, parseIPv6, privateIPv4, privateIPv6 } from "./url-safety";

/** Resolves a host name to its A and AAAA addresses; throws when the resolver cannot answer. */
export type HostResolver = (host: string, signal: AbortSignal) => Promise<string[]>;

/** Cloudflare's public resolver, reachable from Workers. */
export const DEFAULT_DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";

type DohAnswer = { Status: number; Answer?: { type: number; data: string }[] };
const A = 1;
const AAAA = 28;

/** A resolver asking `endpoint` for A and AAAA records. */
export function dohResolver(
  endpoint = DEFAULT_DOH_ENDPOINT,
  fetcher: typeof fetch = fetch,
): HostResolver {
  return async (host, signal) => {
    const ask = async (type: "A" | "AAAA") => {
      const url = `${endpoint}?name=${encodeURIComponent(host)}&type=${type}`;
      const res = await fetcher(url, { headers: { accept: "application/dns-json" }, signal });
      if (!res.ok) throw new Error(`resolver answered ${res.status}`);
      const body = (await res.json()) as DohAnswer;
      // 3 = NXDOMAIN: no such name, an empty answer rather than a failure.
      if (body.Status !== 0 && body.Status !== 3) throw new Error(`DNS status ${body.Status}`);
      return (body.Answer ?? []).filter((a) => a.type === A || a.type === AAAA).map((a) => a.data);
    };
    const [v4, v6] = await Promise.all([ask("A"), ask("AAAA")]);
    return [...v4, ...v6];
  };
}

/**
 * The resolver a Worker uses: Cloudflare's, unless the `DOH_ENDPOINT` var names another
 * DNS-over-HTTPS endpoint (the admin UI's browser tests run `wrangler dev` offline and answer
 * DNS themselves; production leaves it unset).
 */
export function resolverFor(env: unknown): HostResolver {
  const endpoint = (env as { DOH_ENDPOINT?: string }).DOH_ENDPOINT;
  return dohResolver(endpoint || DEFAULT_DOH_ENDPOINT);
}

/** Why an address a name resolved to is not public unicast, or null when it is. */
export function privateAddress(address: string): string | null {
  const v4 = parseIPv4(address);
  if (v4) return privateIPv4(v4);
  const v6 = parseIPv6(address);
  if (v6) return privateIPv6(v6);
  return "unreadable";
}
