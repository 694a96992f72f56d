// Fetching an article for ingest, with the limits a server-side fetch of a user's URL needs:
// every hop checked by `checkFetchableUrl` (redirects are followed by hand, so a public URL
// cannot bounce to a private one), one deadline for the whole exchange, an allow-list of media
// types, and a byte cap enforced while streaming (a missing or lying Content-Length cannot
// make the Worker buffer more). Every refusal names `body.url`, the field the editor can fix.
import { ApiError } from "./api-error";
import { type HostResolver, privateAddress } from "./resolve-host";
import { checkFetchableUrl, parseIPv4, UnsafeUrlError } from "./url-safety";

/** Limits for one article fetch. */
export type FetchLimits = {
  /** Deadline for all hops and the body, in milliseconds. */
  timeoutMs: number;
  /** Most bytes of body read before giving up. */
  maxBytes: number;
  /** Most redirects followed. */
  maxRedirects: number;
};

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  // Pages beyond this could not be stored as a draft anyway (see MAX_STORED_BYTES).
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
};

/** A fetched article, decoded to text. */
export type FetchedArticle = {
  /** The URL the body came from, after redirects. */
  url: string;
  /** `html` for text/html and XHTML, `text` for text/plain. */
  format: "html" | "text";
  /** The decoded body. */
  body: string;
  /** The charset used to decode it. */
  charset: string;
};

const FIELD = "body.url";
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function refuse(code: ConstructorParameters<typeof ApiError>[0], message: string): ApiError {
  return new ApiError(code, `${FIELD}: ${message}`, { errors: [{ path: FIELD, message }] });
}

export function isTimeout(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === "TimeoutError");
}

/**
 * Fetches `input` as an article, or throws an ApiError: 400 for a URL that may not be fetched
 * (also after a redirect), 413 past `maxBytes`, 415 for another media type, 422 when the server
 * answers with a client error, 502 for a server error, a network failure or the deadline.
 * `fetcher` is the global fetch outside tests of this module; `resolve`, when given, looks up
 * every hop's host name first and refuses one that resolves to a private address.
 */
export async function fetchArticle(
  input: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  fetcher: typeof fetch = fetch,
  resolve?: HostResolver,
): Promise<FetchedArticle> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = safeUrl(input, "");
  try {
    for (let hop = 0; ; hop++) {
      if (resolve) await assertPublicAddresses(url, resolve, signal, hop > 0);
      const res = await fetcher(url.href, {
        method: "GET",
        redirect: "manual",
        signal,
        headers: {
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
          "user-agent": "FactlineIngest/1.0 (+https://factline.example/bot)",
        },
      });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location) throw refuse("upstream_failed", `redirect ${res.status} without a Location`);
        if (hop >= limits.maxRedirects) {
          throw refuse("upstream_failed", `more than ${limits.maxRedirects} redirects`);
        }
        url = safeUrl(new URL(location, url).href, " (after a redirect)");
        continue;
      }
      return await readArticle(res, url, limits);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (isTimeout(err, signal)) {
      throw refuse("upstream_failed", `no complete answer within ${limits.timeoutMs / 1000} s`);
    }
    throw refuse("upstream_failed", `could not be fetched (${(err as Error)?.message ?? err})`);
  }
}

/** Refuses a host name that does not resolve, or resolves to any private address. */
export async function assertPublicAddresses(
  url: URL,
  resolve: HostResolver,
  signal: AbortSignal,
  redirected: boolean,
): Promise<void> {
  const host = url.hostname.replace(/\.$/, "");
  // Literal addresses were checked by checkFetchableUrl; only names need a lookup.
  if (host.startsWith("[") || parseIPv4(host)) return;
  const when = redirected ? " (after a redirect)" : "";
  let addresses: string[];
  try {
    addresses = await resolve(host, signal);
  } catch (err) {
    if (isTimeout(err, signal)) throw err;
    throw refuse("upstream_failed", `the host ${host} could not be resolved${when}`);
  }
  if (addresses.length === 0) {
    throw refuse("unprocessable", `the host ${host} does not resolve${when}`);
  }
  for (const address of addresses) {
    const reason = privateAddress(address);
    if (reason) {
      throw refuse(
        "validation_failed",
        `the host ${host} resolves to a ${reason} address (${address})${when}`,
      );
    }
  }
}

/** `checkFetchableUrl`, refusing with the 400 that names `body.url`. */
export function safeUrl(input: string, when: string): URL {
  try {
    return checkFetchableUrl(input);
  } catch (err) {
    if (err instanceof UnsafeUrlError) throw refuse("validation_failed", `${err.message}${when}`);
    throw err;
  }
}

async function readArticle(res: Response, url: URL, limits: FetchLimits): Promise<FetchedArticle> {
  if (res.status >= 400 && res.status < 500) {
    await res.body?.cancel();
    throw refuse("unprocessable", `the server answered ${res.status}`);
  }
  if (res.status < 200 || res.status >= 300) {
    await res.body?.cancel();
    throw refuse("upstream_failed", `the server answered ${res.status}`);
  }
  const contentType = res.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const format = HTML_TYPES.has(mediaType) ? "html" : mediaType === "text/plain" ? "text" : null;
  if (!format) {
    await res.body?.cancel();
    throw refuse(
      "unsupported_media_type",
      `is ${mediaType || "of no stated type"}; only text/html and text/plain can be ingested`,
    );
  }
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await res.body?.cancel();
    throw tooLarge(limits.maxBytes);
  }
  const bytes = await readCapped(res, limits.maxBytes);
  const charset = pickCharset(contentType, bytes, format);
  return { url: url.href, format, body: decode(bytes, charset), charset };
}

function tooLarge(max: number): ApiError {
  return refuse("payload_too_large", `the page is larger than ${Math.round(max / 1024)} KiB`);
}

/** The body, refusing (413) past `max` bytes while it streams in. */
export async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The charset to decode with: a byte-order mark, else the Content-Type parameter, else (for
 * HTML) a `<meta charset>` / `http-equiv` declaration in the first 1024 bytes as the HTML
 * standard's prescan does, else UTF-8.
 */
export function pickCharset(contentType: string, bytes: Uint8Array, format: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const header = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1];
  if (header && isKnownCharset(header)) return header.toLowerCase();
  if (format === "html") {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
    const meta =
      /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
      /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head)?.[1];
    if (meta && isKnownCharset(meta)) return meta.toLowerCase();
  }
  return "utf-8";
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function decode(bytes: Uint8Array, charset: string): string {
  // `fatal: false`: a stray bad byte becomes U+FFFD rather than failing the whole ingest.
  return new TextDecoder(charset).decode(bytes);
}
