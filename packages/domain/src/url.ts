// WHATWG URL is global in Workers, browsers and Node; declared here so the domain package needs
// no DOM or Node type library.
declare const URL: new (
  input: string,
) => {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
};

/**
 * Query parameters that only say how a reader arrived (campaign and click ids), never which
 * document it is. Anything starting with `utm_` is dropped too.
 */
export const TRACKING_PARAMS: readonly string[] = [
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ref_src",
  "ref_url",
];

function isTrackingParam(rawName: string): boolean {
  let name = rawName;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, " "));
  } catch {
    // A malformed escape is not one of ours; keep the parameter as it is.
  }
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.includes(lower);
}

/**
 * The canonical form of an http(s) URL, used as a source's unique key so that re-accepting the
 * same article finds the stored source. Lowercases scheme and host (the URL parser does,
 * including IDN to punycode), drops a trailing dot on the host, default ports, credentials, the
 * fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`, …). The path and the remaining
 * parameters keep their order and spelling: servers may treat either as significant.
 * Throws a `TypeError` for text that is not an http(s) URL.
 */
export function canonicalUrl(input: string): string {
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(input.trim());
  } catch {
    throw new TypeError(`not a URL: ${input.length > 80 ? `${input.slice(0, 80)}…` : input}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`not an http(s) URL: ${url.protocol}`);
  }
  const host = url.hostname.replace(/\.$/, "");
  const port = url.port ? `:${url.port}` : "";
  const params = url.search
    .slice(1)
    .split("&")
    .filter((p) => p !== "" && !isTrackingParam(p.split("=")[0] ?? ""));
  const query = params.length > 0 ? `?${params.join("&")}` : "";
  return `${url.protocol}//${host}${port}${url.pathname}${query}`;
}

/** `canonicalUrl`, or null for text that is not an http(s) URL. */
export function tryCanonicalUrl(input: string): string | null {
  try {
    return canonicalUrl(input);
  } catch {
    return null;
  }
}
