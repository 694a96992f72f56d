import { FactlineProblemError, retryAfterMs, toProblemError } from "./errors";
import type {
  Actor,
  ActorDetail,
  ActorListParams,
  ActorPage,
  Change,
  ChangePage,
  ChangesParams,
  ClaimDetail,
  ClaimListParams,
  ClaimPage,
  EventDetail,
  EventListParams,
  EventPage,
  ExportLine,
  Health,
  JsonLd,
  OpenApiDocument,
  PublicClaim,
  PublicEvent,
  SearchAllParams,
  SearchHit,
  SearchParams,
  SearchResult,
  SourceDetail,
} from "./types";

/** What the ETag cache keeps per URL: the validator and the body it stands for. */
export interface CachedResponse {
  etag: string;
  body: unknown;
}

/** Any Map-like store (a `Map`, an LRU, a KV adapter) for conditional requests. */
export interface EtagCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, value: CachedResponse): unknown;
  delete(key: string): unknown;
}

export interface RetryOptions {
  /** Retries after a 429 or 503 (default 2). */
  retries?: number;
  /** The longest single wait; a longer `Retry-After` fails at once (default 60 000 ms). */
  maxDelayMs?: number;
  /** The most time spent waiting over one call, all retries together (default 120 000 ms). */
  budgetMs?: number;
  /** The wait when the server gives no `Retry-After` (default 1 000 ms, doubled each time). */
  baseDelayMs?: number;
}

export interface FactlineClientOptions {
  /** The API's origin, e.g. `https://api.factline.example` (paths start with `/v1`). */
  baseUrl: string;
  /** The fetch to use: the global one by default; a service binding's or a test Worker's. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Headers sent with every request (e.g. `user-agent` on a server). */
  headers?: Record<string, string>;
  /** The ETag cache: a bounded in-memory one by default, `false` for none. */
  cache?: EtagCache | false;
  retry?: RetryOptions;
  /** A D1 bookmark to start from (e.g. the `x-d1-bookmark` of a write you just made). */
  bookmark?: string;
  /** How to wait before a retry (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
}

/** A keyset-paginated list: iterate the items, or `.pages()` for whole pages. */
export interface Paginated<T, P> extends AsyncIterable<T> {
  pages(): AsyncIterable<P>;
}

/** The change feed: items in `seq` order; `lastSeq` is where to resume (`since`) next time. */
export interface ChangeFeed extends AsyncIterable<Change> {
  readonly lastSeq: number;
  pages(): AsyncIterable<ChangePage>;
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** A small LRU: enough for a process or an isolate, never unbounded. */
export class MemoryEtagCache implements EtagCache {
  readonly #map = new Map<string, CachedResponse>();
  constructor(readonly maxEntries = 256) {}
  get(key: string): CachedResponse | undefined {
    const hit = this.#map.get(key);
    if (hit) {
      this.#map.delete(key);
      this.#map.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: CachedResponse): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.maxEntries) {
      const oldest = this.#map.keys().next().value;
      if (oldest !== undefined) this.#map.delete(oldest);
    }
  }
  delete(key: string): void {
    this.#map.delete(key);
  }
}

const JSON_TYPE = "application/json";
const JSON_LD = "application/ld+json";

/**
 * The public Factline API (`/v1`) over `fetch`, for Workers, Node ≥ 20 and browsers. Reads only:
 * writes go through the admin API. Every method throws `FactlineProblemError` on an error.
 */
export class FactlineClient {
  readonly #base: string;
  readonly #fetch: (input: string, init: RequestInit) => Promise<Response>;
  readonly #headers: Record<string, string>;
  readonly #cache: EtagCache | undefined;
  readonly #retry: Required<RetryOptions>;
  readonly #sleep: (ms: number) => Promise<void>;
  #bookmark: string | undefined;

  constructor(options: FactlineClientOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = options.headers ?? {};
    this.#cache = options.cache === false ? undefined : (options.cache ?? new MemoryEtagCache());
    this.#retry = {
      retries: options.retry?.retries ?? 2,
      maxDelayMs: options.retry?.maxDelayMs ?? 60_000,
      budgetMs: options.retry?.budgetMs ?? 120_000,
      baseDelayMs: options.retry?.baseDelayMs ?? 1_000,
    };
    this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.#bookmark = options.bookmark;
  }

  /**
   * The newest D1 bookmark seen (`x-d1-bookmark`), sent with every request so reads see at
   * least what was last written or read. Set it to a write's bookmark to read your writes.
   */
  get bookmark(): string | undefined {
    return this.#bookmark;
  }
  set bookmark(value: string | undefined) {
    this.#bookmark = value;
  }

  /** `GET /v1/health`: the API and its D1 connection. */
  health(): Promise<Health> {
    return this.#json<Health>("/v1/health");
  }

  /** `GET /v1/openapi.json`: the API's OpenAPI 3.1 document. */
  openapi(): Promise<OpenApiDocument> {
    return this.#json<OpenApiDocument>("/v1/openapi.json");
  }

  readonly events = {
    /** `GET /v1/events`: published events, newest first, every page followed. */
    list: (params: EventListParams = {}): Paginated<PublicEvent, EventPage> =>
      this.#paginate<PublicEvent, EventPage>("/v1/events", params),
    /** `GET /v1/events/{idOrSlug}` with claims, sources, actors, related events, conflicts. */
    get: (idOrSlug: string): Promise<EventDetail> =>
      this.#json<EventDetail>(`/v1/events/${encodeURIComponent(idOrSlug)}`),
    /** The event as schema.org `Event` JSON-LD. */
    getJsonLd: (idOrSlug: string): Promise<JsonLd> =>
      this.#json<JsonLd>(`/v1/events/${encodeURIComponent(idOrSlug)}`, {}, JSON_LD),
  };

  readonly claims = {
    /** `GET /v1/claims`: published claims, every page followed. */
    list: (params: ClaimListParams = {}): Paginated<PublicClaim, ClaimPage> =>
      this.#paginate<PublicClaim, ClaimPage>("/v1/claims", params),
    /** `GET /v1/claims/{id}`. */
    get: (id: string): Promise<ClaimDetail> =>
      this.#json<ClaimDetail>(`/v1/claims/${encodeURIComponent(id)}`),
    /** The claim as schema.org `ClaimReview`/`Claim` JSON-LD. */
    getJsonLd: (id: string): Promise<JsonLd> =>
      this.#json<JsonLd>(`/v1/claims/${encodeURIComponent(id)}`, {}, JSON_LD),
  };

  readonly sources = {
    /** `GET /v1/sources/{id}`. */
    get: (id: string): Promise<SourceDetail> =>
      this.#json<SourceDetail>(`/v1/sources/${encodeURIComponent(id)}`),
  };

  readonly actors = {
    /** `GET /v1/actors`, every page followed. */
    list: (params: ActorListParams = {}): Paginated<Actor, ActorPage> =>
      this.#paginate<Actor, ActorPage>("/v1/actors", params),
    /** `GET /v1/actors/{id}`. */
    get: (id: string): Promise<ActorDetail> =>
      this.#json<ActorDetail>(`/v1/actors/${encodeURIComponent(id)}`),
  };

  /** `GET /v1/search`: full-text search over events, claims and sources; one page of hits. */
  search(params: SearchParams): Promise<SearchResult> {
    return this.#json<SearchResult>("/v1/search", params);
  }

  /** `GET /v1/search`, every page of hits followed (keyset cursor), best match first. */
  searchAll(params: SearchAllParams): Paginated<SearchHit, SearchResult> {
    return this.#paginate<SearchHit, SearchResult>("/v1/search", params);
  }

  readonly changes = {
    /**
     * `GET /v1/changes` from `since` until caught up. Keep `feed.lastSeq` (after or during the
     * loop) and pass it as `since` next time to resume where this run stopped.
     */
    list: (params: ChangesParams = {}): ChangeFeed => this.#changes(params),
  };

  /** `GET /v1/feed.atom`: the Atom feed of published changes, as XML text. */
  feed(): Promise<string> {
    return this.#text("/v1/feed.atom", "application/atom+xml");
  }

  /** `GET /v1/export.ndjson`: the whole published record, streamed line by line. */
  async *export(): AsyncGenerator<ExportLine> {
    const res = await this.#send(this.#url("/v1/export.ndjson", {}), "application/x-ndjson");
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let rest = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (value) rest += value;
      const lines = rest.split("\n");
      rest = done ? "" : (lines.pop() ?? "");
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as ExportLine;
      if (done) return;
    }
  }

  #url(path: string, query: Query): string {
    const url = new URL(path, `${this.#base}/`);
    for (const [k, v] of Object.entries(query)) {
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    }
    return url.toString();
  }

  /** One GET with the retry budget and the bookmark; a non-2xx/304 becomes a problem error. */
  async #send(url: string, accept: string, etag?: string): Promise<Response> {
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { ...this.#headers, accept };
      if (this.#bookmark) headers["x-d1-bookmark"] = this.#bookmark;
      if (etag) headers["if-none-match"] = etag;
      const res = await this.#fetch(url, { method: "GET", headers });
      const bookmark = res.headers.get("x-d1-bookmark");
      if (bookmark) this.#bookmark = bookmark;
      if (res.ok || res.status === 304) return res;
      if ((res.status === 429 || res.status === 503) && attempt < this.#retry.retries) {
        const delay =
          retryAfterMs(res.headers.get("retry-after")) ?? this.#retry.baseDelayMs * 2 ** attempt;
        if (delay <= this.#retry.maxDelayMs && waited + delay <= this.#retry.budgetMs) {
          await res.body?.cancel();
          waited += delay;
          await this.#sleep(delay);
          continue;
        }
      }
      throw await toProblemError(res);
    }
  }

  /** A JSON GET through the ETag cache: If-None-Match, and a 304 served from the cache. */
  async #json<T>(path: string, query: Query = {}, accept = JSON_TYPE): Promise<T> {
    return this.#jsonUrl<T>(this.#url(path, query), accept);
  }

  async #jsonUrl<T>(url: string, accept = JSON_TYPE): Promise<T> {
    const key = `${accept} ${url}`;
    const cached = this.#cache?.get(key);
    const res = await this.#send(url, accept, cached?.etag);
    if (res.status === 304 && cached) return cached.body as T;
    if (res.status === 304) {
      throw new FactlineProblemError({
        type: "about:blank",
        title: "Not Modified",
        status: 304,
        detail: "A 304 arrived for a request the cache holds no body for",
      } as FactlineProblemError["problem"]);
    }
    const body = (await res.json()) as T;
    const etag = res.headers.get("etag");
    if (this.#cache) {
      if (etag) this.#cache.set(key, { etag, body });
      else this.#cache.delete(key);
    }
    return body;
  }

  async #text(path: string, accept: string): Promise<string> {
    const res = await this.#send(this.#url(path, {}), accept);
    return res.text();
  }

  #paginate<T, P extends { data: T[]; next: string | null }>(
    path: string,
    params: Query,
  ): Paginated<T, P> {
    const first = this.#url(path, params);
    const pages = async function* (this: FactlineClient): AsyncGenerator<P> {
      let url: string | null = first;
      while (url) {
        const page: P = await this.#jsonUrl<P>(url);
        yield page;
        url = page.next ? new URL(page.next, `${this.#base}/`).toString() : null;
      }
    }.bind(this);
    return {
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const page of pages()) yield* page.data;
      },
    };
  }

  #changes(params: ChangesParams): ChangeFeed {
    // `lastSeq` is the seq of the last change handed out (or the page's `lastSeq` once a page
    // is done), so a consumer that stops mid-page resumes right after what it saw.
    let lastSeq = params.since ?? 0;
    const client = this;
    const pages = async function* (): AsyncGenerator<ChangePage> {
      for (;;) {
        const page = await client.#json<ChangePage>("/v1/changes", { ...params, since: lastSeq });
        yield page;
        lastSeq = Math.max(lastSeq, page.lastSeq);
        if (!page.next || page.data.length === 0) return;
      }
    };
    return {
      get lastSeq() {
        return lastSeq;
      },
      pages,
      async *[Symbol.asyncIterator]() {
        for await (const page of pages()) {
          for (const change of page.data) {
            lastSeq = Math.max(lastSeq, change.seq);
            yield change;
          }
        }
      },
    };
  }
}

/** `createClient({ baseUrl })`: the same as `new FactlineClient(…)`. */
export function createClient(options: FactlineClientOptions): FactlineClient {
  return new FactlineClient(options);
}
