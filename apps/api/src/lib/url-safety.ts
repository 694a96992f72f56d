// Which URLs the Worker may fetch on an editor's behalf. A fetch of an editor-supplied URL is a
// server-side request: without these rules it could reach the machine running `wrangler dev`,
// cloud metadata endpoints or a private network. The WHATWG URL parser has already turned the
// host into its canonical form (decimal, octal and hex IPv4 such as `2130706433` or `0x7f.1`
// become `127.0.0.1`; IPv6 is compressed and bracketed), so the checks below see one spelling.
//
// Not covered here: a public name whose DNS answer is private (DNS rebinding). Workers cannot
// resolve names themselves, and Cloudflare's edge does not route fetches into private networks;
// under `wrangler dev` that remains a known limit of local development.

const pointsTo = (reason: string) =>
  `points to ${/^[aeiou]/i.test(reason) ? "an" : "a"} ${reason} address`;

/** Why a URL may not be fetched, in words for the `errors[].message` of a 400. */
export class UnsafeUrlError extends Error {
  override readonly name = "UnsafeUrlError";
}

// Host names that always mean "this machine" or a private network, whatever DNS says.
const PRIVATE_SUFFIXES = [".localhost", ".local", ".internal", ".localdomain", ".home.arpa"];

/**
 * The URL to fetch, or an `UnsafeUrlError`: http(s) only, default port, no credentials, and a
 * host that is a public name or a public unicast IP address.
 */
export function checkFetchableUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(input).trim());
  } catch {
    throw new UnsafeUrlError("is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UnsafeUrlError(`must use http or https, not ${url.protocol.replace(/:$/, "")}`);
  }
  // `http://example.com@127.0.0.1/` reads as example.com to a person but goes to 127.0.0.1.
  if (url.username !== "" || url.password !== "") {
    throw new UnsafeUrlError("must not contain a user name or password");
  }
  // The parser drops a port equal to the scheme's default, so any port left is non-default.
  if (url.port !== "") throw new UnsafeUrlError("must use the default port");
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host === "") throw new UnsafeUrlError("has no host");
  if (host.startsWith("[")) {
    const words = parseIPv6(host.slice(1, -1));
    if (!words) throw new UnsafeUrlError("has an unreadable IPv6 address");
    const reason = privateIPv6(words);
    if (reason) throw new UnsafeUrlError(pointsTo(reason));
    return url;
  }
  const v4 = parseIPv4(host);
  if (v4) {
    const reason = privateIPv4(v4);
    if (reason) throw new UnsafeUrlError(pointsTo(reason));
    return url;
  }
  if (host === "localhost" || PRIVATE_SUFFIXES.some((s) => host.endsWith(s))) {
    throw new UnsafeUrlError("points to a local host name");
  }
  // A single-label name ("intranet") only resolves on a private network.
  if (!host.includes(".")) throw new UnsafeUrlError("must have a public host name");
  return url;
}

/** A dotted-quad IPv4 address as four numbers, or null. */
export function parseIPv4(host: string): [number, number, number, number] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts as [number, number, number, number];
}

// IANA special-purpose IPv4 ranges (RFC 6890 and successors) that are not public unicast.
const V4_RANGES: readonly [number, number, string][] = [
  [0x00000000, 8, "this-network"],
  [0x0a000000, 8, "private"],
  [0x64400000, 10, "carrier-grade NAT"],
  [0x7f000000, 8, "loopback"],
  [0xa9fe0000, 16, "link-local"],
  [0xac100000, 12, "private"],
  [0xc0000000, 24, "IETF protocol"],
  [0xc0000200, 24, "documentation"],
  [0xc0586300, 24, "relay"],
  [0xc0a80000, 16, "private"],
  [0xc6120000, 15, "benchmarking"],
  [0xc6336400, 24, "documentation"],
  [0xcb007100, 24, "documentation"],
  [0xe0000000, 4, "multicast"],
  [0xf0000000, 4, "reserved"],
];

/** Why an IPv4 address is not public unicast, or null when it is. */
export function privateIPv4(a: readonly [number, number, number, number]): string | null {
  const n = ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;
  for (const [base, bits, reason] of V4_RANGES) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === base) return reason;
  }
  return null;
}

/** An IPv6 address (without brackets) as eight 16-bit words, or null. */
export function parseIPv6(text: string): number[] | null {
  let s = text.toLowerCase();
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  // A trailing dotted quad (`::ffff:127.0.0.1`) stands for the last two words.
  const quad = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(s);
  let tail: number[] = [];
  if (quad?.[1]) {
    const v4 = parseIPv4(quad[1]);
    if (!v4) return null;
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    s = s.slice(0, -quad[1].length);
    if (s.endsWith(":") && !s.endsWith("::")) s = s.slice(0, -1);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const words = (part: string) => (part === "" ? [] : part.split(":"));
  const head = words(halves[0] ?? "");
  const rest = halves.length === 2 ? words(halves[1] ?? "") : [];
  const parsed = [...head, ...rest].map((w) => (/^[0-9a-f]{1,4}$/.test(w) ? parseInt(w, 16) : -1));
  if (parsed.some((w) => w < 0)) return null;
  const missing = 8 - parsed.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const headWords = parsed.slice(0, head.length);
  const restWords = parsed.slice(head.length);
  return [...headWords, ...new Array(Math.max(missing, 0)).fill(0), ...restWords, ...tail];
}

function embeddedV4(hi: number, lo: number): [number, number, number, number] {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
}

/** Why an IPv6 address is not public unicast, or null when it is. */
export function privateIPv6(w: readonly number[]): string | null {
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = w;
  const zeroTo = (n: number) => w.slice(0, n).every((x) => x === 0);
  if (zeroTo(7) && w7 === 0) return "unspecified";
  if (zeroTo(7) && w7 === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) reach the IPv4 address.
  if (zeroTo(5) && (w5 === 0xffff || w5 === 0)) {
    return privateIPv4(embeddedV4(w6, w7)) ?? (w5 === 0 ? "IPv4-compatible" : null);
  }
  // NAT64 (64:ff9b::/96) reaches the IPv4 address in the last two words.
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) {
    return privateIPv4(embeddedV4(w6, w7));
  }
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 1) return "local NAT64";
  // 6to4 (2002::/16) carries the IPv4 address in words 1 and 2.
  if (w0 === 0x2002) return privateIPv4(embeddedV4(w1, w2));
  if (w0 === 0x2001 && w1 === 0) return "Teredo";
  if (w0 === 0x2001 && w1 === 0xdb8) return "documentation";
  if (w0 === 0x100 && w1 === 0 && w2 === 0 && w3 === 0) return "discard";
  if ((w0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((w0 & 0xffc0) === 0xfe80) return "link-local";
  if ((w0 & 0xffc0) === 0xfec0) return "site-local";
  if ((w0 & 0xff00) === 0xff00) return "multicast";
  return null;
}
