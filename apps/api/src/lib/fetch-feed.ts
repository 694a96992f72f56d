// A conditional GET of a watched feed under the same rules as fetching an article for ingest
// (lib/fetch-article.ts): every hop a public http(s) URL whose name resolves only to public
// addresses, redirects followed by hand, one deadline, a byte cap while streaming.
import { ApiError } from "./api-error";
import {
  assertPublicAddresses,
  type FetchLimits,
  isTimeout,
  readCapped,
  safeUrl,
} from "./fetch-article";
import type { HostResolver } from "./resolve-host";

/** Feeds are small; a body past this is not a feed worth polling. */
export const FEED_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
};

/** The validators a feed last answered with, sent back so an unchanged feed costs a 304. */
export type FeedValidators = { etag: string | null; lastModified: string | null };

/** What a poll got: unchanged, or a body and the validators to keep. */
export type FeedFetch =
  | { status: 304 }
  | ({ status: 200; url: string; body: string; mediaType: string } & FeedValidators);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function failed(message: string): ApiError {
  return new ApiError("upstream_failed", `body.url: ${message}`, {
    errors: [{ path: "body.url", message }],
  });
}

/**
 * Fetches the feed at `input`, conditionally on `validators`. Throws an ApiError (400 for a URL
 * that may not be fetched, 502 for an error answer, a network failure or the deadline).
 */
export async function fetchFeed(
  input: string,
  validators: FeedValidators,
  resolve: HostResolver,
  limits: FetchLimits = FEED_FETCH_LIMITS,
  fetcher: typeof fetch = fetch,
): Promise<FeedFetch> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = safeUrl(input, "");
  const headers: Record<string, string> = {
    accept:
      "application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8",
    "user-agent": "FactlineFeeds/1.0 (+https://factline.example/bot)",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  try {
    for (let hop = 0; ; hop++) {
      await assertPublicAddresses(url, resolve, signal, hop > 0);
      const res = await fetcher(url.href, { method: "GET", redirect: "manual", signal, headers });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location) throw failed(`redirect ${res.status} without a Location`);
        if (hop >= limits.maxRedirects) throw failed(`more than ${limits.maxRedirects} redirects`);
        url = safeUrl(new URL(location, url).href, " (after a redirect)");
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 304 };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw failed(`the server answered ${res.status}`);
      }
      const bytes = await readCapped(res, limits.maxBytes);
      const mediaType = (res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      return {
        status: 200,
        url: url.href,
        // Feeds are XML or JSON: UTF-8 unless the XML says otherwise, which TextDecoder ignores;
        // a stray byte becomes U+FFFD rather than failing the poll.
        body: new TextDecoder().decode(bytes),
        mediaType: mediaType.toLowerCase(),
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
      };
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (isTimeout(err, signal)) {
      throw failed(`no complete answer within ${limits.timeoutMs / 1000} s`);
    }
    throw failed(`could not be fetched (${(err as Error)?.message ?? err})`);
  }
}
