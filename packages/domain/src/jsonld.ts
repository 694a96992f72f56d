import type { Actor, ActorKind } from "./actor";
import type { Claim } from "./claim";
import type { Event } from "./event";
import type { PartialDate } from "./partial-date";
import type { Source, SourceKind } from "./source";
import { RATING_BEST, RATING_WORST, VERDICT_SCALE } from "./verdict";

/** A schema.org JSON-LD node: a `@type` and schema.org properties. */
export type JsonLdNode = {
  "@context"?: "https://schema.org";
  "@type": string;
  "@id"?: string;
  [property: string]: unknown;
};

/** The organization publishing Factline's reviews (schema.org `ClaimReview.author`). */
export interface JsonLdPublisher {
  /** Its name, e.g. `Factline`. */
  name: string;
  /** Its home page. */
  url?: string;
  /** A logo image URL. */
  logo?: string;
}

const CONTEXT = "https://schema.org" as const;

function trimSlash(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

/** Leaves out undefined, null and empty-array properties so the output has no blanks. */
function compact(node: Record<string, unknown>): JsonLdNode {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0) || v === "") continue;
    out[k] = v;
  }
  return out as JsonLdNode;
}

/**
 * A PartialDate in ISO 8601 form for schema.org `Date` properties: `2025-07-04`, `2025-07` and
 * `2025` are ISO 8601 reduced precision. A decade has no ISO 8601-1 form, so it is given as its
 * range (see `eventToJsonLd`); here it yields its first day.
 */
export function partialDateToIso(date: PartialDate): string {
  return date.precision === "decade" ? date.earliest : date.value;
}

// Intl.DisplayNames exists in Workers, browsers and Node; the code is the fallback elsewhere.
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country as a schema.org `Place` whose address names the country (ISO 3166-1 alpha-2). */
export function countryToJsonLd(code: string): JsonLdNode {
  return {
    "@type": "Place",
    name: countryName(code),
    address: { "@type": "PostalAddress", addressCountry: code },
  };
}

const ACTOR_TYPES: Record<ActorKind, string> = {
  country: "Country",
  organization: "Organization",
  person: "Person",
  // schema.org has no "group"; a movement or militia is an organization in its vocabulary.
  group: "Organization",
};

/** An actor as a schema.org `Country`, `Organization` or `Person`, linked to Wikidata. */
export function actorToJsonLd(actor: Actor, opts: { baseUrl?: string } = {}): JsonLdNode {
  const url = opts.baseUrl ? `${trimSlash(opts.baseUrl)}/actors/${actor.id}` : undefined;
  const wikidata = actor.externalIds.wikidata
    ? [`https://www.wikidata.org/wiki/${actor.externalIds.wikidata}`]
    : [];
  return compact({
    "@type": ACTOR_TYPES[actor.kind],
    "@id": url,
    name: actor.name,
    alternateName: actor.aliases,
    description: actor.description,
    identifier: actor.id,
    sameAs: wikidata,
    url,
    address:
      actor.kind === "country" && actor.externalIds.iso3166
        ? { "@type": "PostalAddress", addressCountry: actor.externalIds.iso3166 }
        : undefined,
  });
}

/**
 * schema.org types per source kind. Articles are `NewsArticle`; an official statement is an
 * `Article` (it is not news reporting); a broadcast's medium is unknown, so it is a plain
 * `CreativeWork`; a dataset is a `Dataset`; posts are `SocialMediaPosting`.
 */
export const SOURCE_TYPES: Readonly<Record<SourceKind, string>> = {
  article: "NewsArticle",
  official_statement: "Article",
  broadcast: "CreativeWork",
  dataset: "Dataset",
  social_post: "SocialMediaPosting",
};

/** Options for `sourceToJsonLd`. */
export interface SourceJsonLdOptions {
  /** Base of Factline's record URLs, e.g. `https://factline.example/v1`. */
  baseUrl: string;
  /** The source this one is embedded in (`source.embeddedIn`), mapped as `isPartOf`. */
  embeddedIn?: Source | null;
  /** Sources embedded in this one: a post's `sharedContent`, an article's `hasPart`. */
  embeds?: readonly Source[];
  /** The actor the source speaks for (`source.actorId`), its author when given. */
  actor?: Actor | null;
  /** Include the cleaned text as `text` (off by default: it can be long). */
  includeText?: boolean;
}

function sourceRef(source: Source, baseUrl: string): JsonLdNode {
  const id = `${trimSlash(baseUrl)}/sources/${source.id}`;
  return compact({
    "@type": SOURCE_TYPES[source.kind],
    "@id": id,
    url: source.url ?? id,
    headline: source.title,
  });
}

function sourceAuthor(source: Source, actor?: Actor | null): JsonLdNode | undefined {
  if (actor) return actorToJsonLd(actor);
  if (source.author) return { "@type": "Person", name: source.author };
  return undefined;
}

/** A source as schema.org `NewsArticle`, `Article`, `SocialMediaPosting`, … (see `SOURCE_TYPES`). */
export function sourceToJsonLd(source: Source, opts: SourceJsonLdOptions): JsonLdNode {
  const id = `${trimSlash(opts.baseUrl)}/sources/${source.id}`;
  const type = SOURCE_TYPES[source.kind];
  const embeds = (opts.embeds ?? []).map((s) => sourceRef(s, opts.baseUrl));
  return compact({
    "@context": CONTEXT,
    "@type": type,
    "@id": id,
    identifier: source.id,
    url: source.url ?? id,
    headline: source.title,
    name: source.title,
    author: sourceAuthor(source, opts.actor),
    publisher: source.publisher ? { "@type": "Organization", name: source.publisher } : undefined,
    datePublished: source.publishedDate ? partialDateToIso(source.publishedDate) : undefined,
    inLanguage: source.language,
    isPartOf: opts.embeddedIn ? sourceRef(opts.embeddedIn, opts.baseUrl) : undefined,
    sharedContent: type === "SocialMediaPosting" ? embeds : undefined,
    hasPart: type === "SocialMediaPosting" ? undefined : embeds,
    text: opts.includeText ? source.text : undefined,
  });
}

/** Options for `claimToJsonLd`. */
export interface ClaimJsonLdOptions {
  /** The source making the claim (`claim.sourceId`): where it appeared. */
  source?: Source | null;
  /** The actor making the claim (`claim.actorId`): its author when given. */
  actor?: Actor | null;
  /** The reviewer's name, credited as a contributor of the review. */
  reviewerName?: string | null;
  /** Base of Factline's record URLs, e.g. `https://factline.example/v1`. */
  baseUrl: string;
  /** The organization publishing the review. */
  publisher: JsonLdPublisher;
}

function organization(p: JsonLdPublisher): JsonLdNode {
  return compact({ "@type": "Organization", name: p.name, url: p.url, logo: p.logo });
}

function claimNode(claim: Claim, opts: ClaimJsonLdOptions): JsonLdNode {
  const { source, actor } = opts;
  const appearance = source
    ? compact({
        "@type": "CreativeWork",
        url: source.url ?? `${trimSlash(opts.baseUrl)}/sources/${source.id}`,
        headline: source.title,
        datePublished: source.publishedDate ? partialDateToIso(source.publishedDate) : undefined,
        author: sourceAuthor(source),
        publisher: source.publisher
          ? { "@type": "Organization", name: source.publisher }
          : undefined,
      })
    : undefined;
  // The claimant: the actor who speaks, else the source's author, else its publisher.
  const author = actor
    ? actorToJsonLd(actor)
    : source
      ? (sourceAuthor(source) ??
        (source.publisher ? { "@type": "Organization", name: source.publisher } : undefined))
      : undefined;
  return compact({
    "@type": "Claim",
    text: claim.text,
    name: claim.statement,
    author,
    datePublished: source?.publishedDate ? partialDateToIso(source.publishedDate) : undefined,
    appearance: appearance ? [appearance] : undefined,
    firstAppearance: appearance,
  });
}

/**
 * A claim as schema.org JSON-LD: a `ClaimReview` of it when it has a verdict (Google's fact-check
 * markup), else the plain `Claim`. The rating maps the verdict through `VERDICT_SCALE`; an
 * unproven verdict has no place on the 1–5 scale and gets only its label (`alternateName`).
 */
export function claimToJsonLd(claim: Claim, opts: ClaimJsonLdOptions): JsonLdNode {
  const url = `${trimSlash(opts.baseUrl)}/claims/${claim.id}`;
  const item = claimNode(claim, opts);
  if (!claim.review) {
    return { "@context": CONTEXT, ...item, "@id": url, url, identifier: claim.id };
  }
  const { verdict, rationale, reviewedAt } = claim.review;
  const scale = VERDICT_SCALE[verdict];
  const rating: JsonLdNode =
    scale.rating == null
      ? { "@type": "Rating", alternateName: scale.label }
      : {
          "@type": "Rating",
          ratingValue: scale.rating,
          bestRating: RATING_BEST,
          worstRating: RATING_WORST,
          alternateName: scale.label,
        };
  return compact({
    "@context": CONTEXT,
    "@type": "ClaimReview",
    "@id": url,
    identifier: claim.id,
    url,
    claimReviewed: claim.statement || claim.text,
    itemReviewed: item,
    reviewRating: rating,
    reviewBody: rationale,
    author: organization(opts.publisher),
    contributor: opts.reviewerName ? { "@type": "Person", name: opts.reviewerName } : undefined,
    datePublished: claim.publishedAt ?? reviewedAt,
    dateModified: claim.updatedAt,
  });
}

/** Options for `eventToJsonLd`. */
export interface EventJsonLdOptions {
  /** The event's actors (others are ignored; missing ones are left out). */
  actors: readonly Actor[];
  /** Base of Factline's record URLs, e.g. `https://factline.example/v1`. */
  baseUrl: string;
}

/**
 * An event as schema.org `Event`. Roles map to the closest schema.org properties: initiators
 * organize it (`organizer`), participants attend it (`attendee`), and targets are what it is
 * `about` — schema.org's `Event.actor` means a performer, which would misstate a target. Places
 * become `Place`s with the country in `address.addressCountry` (schema.org puts
 * `addressCountry` on `PostalAddress`, not on `Place`). `eventStatus` is always
 * `EventScheduled`: the record's editorial status is not the event's; a retracted record is
 * not a cancelled event. A decade date has no ISO 8601 form and is given as
 * `startDate`/`endDate` bounds.
 */
export function eventToJsonLd(event: Event, opts: EventJsonLdOptions): JsonLdNode {
  const base = trimSlash(opts.baseUrl);
  const url = `${base}/events/${event.id}`;
  const byId = new Map(opts.actors.map((a) => [a.id, a]));
  const withRole = (role: string) =>
    event.actors
      .filter((a) => a.role === role)
      .map((a) => byId.get(a.actorId))
      .filter((a): a is Actor => a !== undefined)
      .map((a) => actorToJsonLd(a, { baseUrl: base }));
  const date = event.date;
  return compact({
    "@context": CONTEXT,
    "@type": "Event",
    "@id": url,
    identifier: event.id,
    url,
    name: event.title,
    description: event.summary,
    startDate: date ? partialDateToIso(date) : undefined,
    endDate: date?.precision === "decade" ? date.latest : undefined,
    eventStatus: "https://schema.org/EventScheduled",
    location: event.places.map(countryToJsonLd),
    organizer: withRole("initiator"),
    attendee: withRole("participant"),
    about: withRole("target"),
    superEvent: event.related
      .filter((r) => r.relation === "part_of")
      .map((r) => ({ "@type": "Event", "@id": `${base}/events/${r.eventId}` })),
  });
}
