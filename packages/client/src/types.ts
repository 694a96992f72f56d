import type { components, paths } from "./generated/openapi";

// Every type here is read from the generated OpenAPI types (`pnpm --filter @factline/client
// openapi`), so the client follows the API's contract instead of a hand-written copy of it.
type Schemas = components["schemas"];
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

export type Health = Schemas["Health"];
export type Event = Schemas["Event"];
/** An event as lists and details show it: each actor with its `name` and `kind`. */
export type PublicEvent = Schemas["PublicEvent"];
/** One actor of a `PublicEvent`: id, role, name and kind. */
export type NamedEventActor = Schemas["NamedEventActor"];
export type EventDetail = Schemas["EventDetail"];
export type PublicClaim = Schemas["PublicClaim"];
export type ClaimDetail = Schemas["ClaimDetail"];
export type Source = Schemas["Source"];
export type SourceDetail = Schemas["SourceDetail"];
export type Actor = Schemas["Actor"];
export type ActorDetail = Schemas["ActorDetail"];
export type SearchResult = Schemas["SearchResult"];
export type SearchHit = Schemas["SearchHit"];
export type Change = Schemas["Change"];
export type ChangePage = Schemas["ChangePage"];
export type EventPage = Schemas["EventPage"];
export type ClaimPage = Schemas["ClaimPage"];
export type ActorPage = Schemas["ActorPage"];
/** An RFC 9457 problem as the API sends it (`application/problem+json`). */
export type Problem = Schemas["Problem"];
/** One field a request got wrong: `path` such as `query.limit`, and why. */
export type FieldError = Schemas["FieldError"];
/** The API's error codes (`Problem.code`). */
export type ErrorCode = Problem["code"];

/** Filters for `events.list`; the cursor is the iterator's business. */
export type EventListParams = Omit<QueryOf<"/v1/events">, "cursor">;
export type ClaimListParams = Omit<QueryOf<"/v1/claims">, "cursor">;
export type ActorListParams = Omit<QueryOf<"/v1/actors">, "cursor">;
export type SearchParams = QueryOf<"/v1/search">;
/** Search terms for `searchAll`; the cursor is the iterator's business. */
export type SearchAllParams = Omit<SearchParams, "cursor">;
export type ChangesParams = QueryOf<"/v1/changes">;

/** A schema.org JSON-LD document (`Accept: application/ld+json`). */
export type JsonLd = { "@context"?: unknown; "@type"?: unknown; [key: string]: unknown };

/** One line of `/v1/export.ndjson`. */
export interface ExportLine {
  type: "actor" | "source" | "event" | "claim" | "tombstone";
  record: Record<string, unknown>;
}

/** The OpenAPI 3.1 document of the API (`/v1/openapi.json`). */
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, unknown>;
  [key: string]: unknown;
};
