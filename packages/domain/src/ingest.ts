// The IngestResult contract produced by @factline/ingest: what an article turns into before an
// editor reviews it. Offsets are UTF-16 code units into `cleanedText`, so
// `cleanedText.slice(start, end)` is always the quoted text.
import { z } from "zod";
import { ActorKind, ActorSchema } from "./actor";
import { Assertion } from "./claim";
import { CountryCode, Timestamp } from "./common";
import { ActorRole, EventKind } from "./event";
import { ActorId, EventId } from "./ids";
import { PartialDateSchema } from "./partial-date";
import { Modality } from "./verdict";

const offset = z.number().int().min(0);

/** An existing event the suggested main event may be the same as. */
export const KnownEventSchema = z
  .object({
    /** The event's id (`evt_…`). */
    id: EventId,
    /** The event's title. */
    title: z.string().meta({ description: "Event title" }),
    /** The event's kind, when known. */
    kind: EventKind.optional(),
    /** When it happened, to the precision known. */
    date: PartialDateSchema.nullable().default(null),
    /** The actors taking part (ids only; roles do not affect matching). */
    actorIds: z.array(ActorId).default([]).meta({ description: "Ids of the actors taking part" }),
    /** Where it happened (ISO 3166-1 alpha-2). */
    places: z
      .array(CountryCode)
      .default([])
      .meta({ description: "ISO codes of where it happened" }),
  })
  .meta({ id: "KnownEvent", description: "An existing event to match the suggestion against" });
export type KnownEvent = z.infer<typeof KnownEventSchema>;

/** What to ingest: exactly one of `text` or `html`, plus what is known about it. */
export const IngestInput = z
  .object({
    /** Plain article text (pasted or extracted). */
    text: z.string().max(2_000_000).optional().meta({ description: "Plain article text" }),
    /** Article HTML. */
    html: z.string().max(5_000_000).optional().meta({ description: "Article HTML" }),
    /** Where the article came from. */
    url: z.string().optional().meta({ description: "The article's URL, when known" }),
    /** When Factline retrieved it. */
    retrievedAt: Timestamp.optional(),
    /**
     * When the article was published: an ISO timestamp or a partial date (`2025-07-04`). Relative
     * dates ("yesterday") resolve against it; without it they are left out.
     */
    publishedAt: z
      .string()
      .optional()
      .meta({ description: "Publication time or date; anchors relative dates" }),
    /** Actors already in the database, matched by name and aliases. */
    knownActors: z.array(ActorSchema).default([]),
    /** Existing events the suggested main event is scored against. */
    knownEvents: z.array(KnownEventSchema).default([]),
  })
  .refine((v) => (v.text === undefined) !== (v.html === undefined), {
    message: "give exactly one of text or html",
    path: ["text"],
  })
  .meta({ id: "IngestInput", description: "An article to ingest" });
export type IngestInput = z.input<typeof IngestInput>;

/** What a cleaned paragraph is in the article's structure. */
export const ParagraphKind = z
  .enum(["title", "heading", "paragraph", "list_item", "embed", "attribution"])
  .meta({ description: "The paragraph's role in the article" });
export type ParagraphKind = z.infer<typeof ParagraphKind>;

/** A block of the article kept after cleaning. */
export const CleanedParagraphSchema = z
  .object({
    /** Position among the kept paragraphs, from 0. */
    index: z.number().int().min(0),
    /** The cleaned text (equal to `cleanedText.slice(start, end)`). */
    text: z.string(),
    /** Offset of the first character in `cleanedText`. */
    start: offset,
    /** Offset just past the last character in `cleanedText`. */
    end: offset,
    /** The paragraph's role. */
    kind: ParagraphKind,
    /** Index of the block in the input (line for text, block element for HTML). */
    block: z.number().int().min(0).meta({ description: "Index of the input block it came from" }),
  })
  .meta({ id: "CleanedParagraph", description: "A paragraph kept after cleaning" });
export type CleanedParagraph = z.infer<typeof CleanedParagraphSchema>;

/** Why a block was taken out. The first six are the original reasons; the API stores results, so
 * reasons are only ever added, never renamed. */
export const RemovalReason = z
  .enum([
    "advert",
    "call_to_action",
    "seo_keywords",
    "separator",
    "repeated_headline",
    "duplicate_paragraph",
    "byline",
    "dateline",
    "photo_credit",
    "reading_time",
    "navigation",
    "related_links",
    "cookie_notice",
    "paywall",
    "low_content",
    "context",
    "after_article",
  ])
  .meta({ description: "Why the block was removed" });
export type RemovalReason = z.infer<typeof RemovalReason>;

/** The measurements the boilerplate classifier made of a block (jusText/boilerpipe-style). */
export const BoilerplateFeaturesSchema = z
  .object({
    /** Words in the block. */
    words: z.number().int().min(0),
    /** Characters in the block. */
    chars: z.number().int().min(0),
    /** Share of the words that are stopwords of the detected language. */
    stopwordDensity: z.number().min(0).max(1),
    /** Share of the words that are URLs, links or @handles. */
    linkDensity: z.number().min(0).max(1),
    /** Share of the letters that are capitals. */
    capsRatio: z.number().min(0).max(1),
    /** Sentences (terminal punctuation marks) in the block. */
    sentences: z.number().int().min(0),
    /** True when the block ends like a sentence (. ! ? … or a closing quote after one). */
    endsLikeSentence: z.boolean(),
    /** Position of the block in the page, 0 (first) .. 1 (last). */
    position: z.number().min(0).max(1),
    /** How many other blocks of the page have the same text. */
    repeats: z.number().int().min(0),
    /** jusText's class before context: good, near_good, short or bad. */
    density: z.enum(["good", "near_good", "short", "bad"]),
  })
  .meta({ id: "BoilerplateFeatures", description: "What the classifier measured of a block" });
export type BoilerplateFeatures = z.infer<typeof BoilerplateFeaturesSchema>;

/** A block of boilerplate taken out of the article, so an editor can put it back. */
export const RemovedBlockSchema = z
  .object({
    /** The block's text after encoding repair. */
    text: z.string(),
    /** Why it was removed. */
    reason: RemovalReason,
    /** Index of the block in the input. */
    block: z.number().int().min(0),
    /** The rule or cue that fired, e.g. `cta:you may also like`. */
    rule: z.string().meta({ description: "The rule that fired" }),
    /** For duplicates: the kept paragraph (index) it repeats. */
    duplicateOf: z.number().int().min(0).nullable(),
    /** For text input: the 1-based line of the input the block is. Absent on older results. */
    line: z.number().int().min(1).optional(),
    /** How sure the classifier is that the block is boilerplate, 0..1. Absent on older results. */
    score: z.number().min(0).max(1).optional(),
    /** What the classifier measured. Absent on older results. */
    features: BoilerplateFeaturesSchema.optional(),
  })
  .meta({ id: "RemovedBlock", description: "Boilerplate removed, with the reason" });
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;

/** How the article's language was decided. */
export const LanguageDetectionSchema = z
  .object({
    /** ISO 639-1 code, or `und` when the text is too short or unclear. */
    code: z.string(),
    /** `text`: detected from the text (trigrams and stopwords); `declared`: the page's `lang`
     * was used because the text was too short; `none`: undetermined. */
    method: z.enum(["text", "declared", "none"]),
    /** Margin of the best language over the next, 0..1. */
    confidence: z.number().min(0).max(1),
    /** The language the page declares (`<html lang>`), when it does. */
    declared: z.string().nullable(),
  })
  .meta({ id: "LanguageDetection", description: "How the article's language was decided" });
export type LanguageDetection = z.infer<typeof LanguageDetectionSchema>;

/** One encoding repair applied to the input. */
export const EncodingRepairSchema = z
  .object({
    /** The damaged text. */
    from: z.string(),
    /** What it became. */
    to: z.string(),
    /** The rule: `utf8-as-cp1252`, `utf8-as-cp1253`, `cp1253-lost-bytes:apostrophe`, … */
    rule: z.string(),
    /** How many times it was applied. */
    count: z.number().int().min(1),
  })
  .meta({ id: "EncodingRepair", description: "A mojibake repair applied to the input" });
export type EncodingRepair = z.infer<typeof EncodingRepairSchema>;

/** A `social_post` source candidate for an embedded post, quoted inside the article. */
export const EmbeddedSourceCandidateSchema = z
  .object({
    /** Always `social_post`. */
    kind: z.literal("social_post"),
    /** The post's text (its first line), used as the source title. */
    title: z.string(),
    /** The handle, e.g. `@LegitTargets`, else the display name. */
    author: z.string().nullable(),
    /** The platform, as publisher. */
    publisher: z.string().nullable(),
    /** The status URL when the page gave it, else null. */
    url: z.string().nullable(),
    /** When the post was published. */
    publishedDate: PartialDateSchema.nullable(),
    /** The post's text. */
    text: z.string(),
    /** Always `article`: the post is `embeddedIn` the ingested article's source. */
    embeddedIn: z.literal("article"),
  })
  .meta({ id: "EmbeddedSourceCandidate", description: "A social_post source to create" });

/** A social-media post quoted in the article. */
export const EmbeddedPostSchema = z
  .object({
    /** Position among embedded posts, from 0. */
    index: z.number().int().min(0),
    /** The network. `twitter` is X; the list only grows, since the API stores results. */
    platform: z.enum([
      "twitter",
      "bluesky",
      "mastodon",
      "telegram",
      "instagram",
      "youtube",
      "facebook",
      "tiktok",
      "threads",
      "other",
    ]),
    /** The post's text without trailing media links. */
    text: z.string(),
    /** Display name of the author, e.g. `Legitimate Targets`. */
    displayName: z.string().nullable(),
    /** Handle with `@`, e.g. `@LegitTargets`. */
    handle: z.string().nullable(),
    /** When it was posted. */
    date: PartialDateSchema.nullable(),
    /** Links in the post (media `pic.twitter.com/…`, status URLs). */
    links: z.array(z.string()),
    /** The status URL when present. */
    statusUrl: z.string().nullable(),
    /** Offset of the post's text in `cleanedText`. */
    start: offset,
    /** Offset just past the post's text. */
    end: offset,
    /** The kept paragraph holding the post's text. */
    paragraphIndex: z.number().int().min(0),
    /** The source to create for it. */
    source: EmbeddedSourceCandidateSchema,
  })
  .meta({ id: "EmbeddedPost", description: "A social post quoted in the article" });
export type EmbeddedPost = z.infer<typeof EmbeddedPostSchema>;

/** A date found in a sentence. */
export const DateMentionSchema = z
  .object({
    /** The matched text, e.g. `July 4, 2025`, `the 1990s`, `yesterday`. */
    text: z.string(),
    /** Offset of the match in `cleanedText`. */
    start: offset,
    /** Offset just past the match. */
    end: offset,
    /** The date meant, to the precision the text gives. */
    date: PartialDateSchema,
    /** True when resolved against the article date ("last week"). */
    relative: z.boolean(),
  })
  .meta({ id: "DateMention", description: "A date mentioned in a sentence" });
export type DateMention = z.infer<typeof DateMentionSchema>;

/** An actor found in a sentence. */
export const ActorMentionSchema = z
  .object({
    /** The matched text, e.g. `Russian`, `U.S.`, `Moscow`. */
    text: z.string(),
    /** Offset of the match in `cleanedText`. */
    start: offset,
    /** Offset just past the match. */
    end: offset,
    /**
     * Stable key: `act_…` for a known actor, `country:RU` / `org:taliban` for the gazetteer's,
     * `new:<kind>:<slug>` for one found only in the text (`via: "text"`).
     */
    key: z.string(),
    /** The actor's usual name. */
    name: z.string(),
    /** The actor's kind. */
    kind: ActorKind,
    /** The database actor, when matched from `knownActors`. */
    actorId: ActorId.nullable(),
    /** ISO 3166-1 alpha-2 code for countries. */
    iso3166: CountryCode.nullable(),
    /** Wikidata QID when known. */
    wikidata: z.string().nullable(),
    /**
     * How it matched: name, alias, demonym, capital (metonym), a known actor's names, or `text`:
     * found in the text by its shape (a title, an organisation word, a capitalised name) and
     * known to neither the database nor the gazetteer — a new actor for the editor.
     */
    via: z.enum(["name", "alias", "demonym", "capital", "known_actor", "text"]),
  })
  .meta({ id: "ActorMention", description: "An actor mentioned in a sentence" });
export type ActorMention = z.infer<typeof ActorMentionSchema>;

/** One sentence of the cleaned text with what was found in it. */
export const SentenceAnalysisSchema = z
  .object({
    /** Position among sentences, from 0. */
    index: z.number().int().min(0),
    /** The sentence (equal to `cleanedText.slice(start, end)`). */
    text: z.string(),
    /** Offset of the first character in `cleanedText`. */
    start: offset,
    /** Offset just past the last character. */
    end: offset,
    /** The paragraph it is in. */
    paragraphIndex: z.number().int().min(0),
    /** How it is put. */
    modality: Modality,
    /** The cues that decided the modality, e.g. `hedge:could`. */
    modalityCues: z.array(z.string()),
    /** Dates mentioned. */
    dates: z.array(DateMentionSchema),
    /** Actors mentioned. */
    actors: z.array(ActorMentionSchema),
  })
  .meta({ id: "SentenceAnalysis", description: "A sentence with its modality, dates and actors" });
export type SentenceAnalysis = z.infer<typeof SentenceAnalysisSchema>;

/** A feature that raised or lowered a claim's score. */
export const ClaimFeatureSchema = z
  .object({
    /** The feature, e.g. `actor`, `reporting_verb:recognized`, `hedge:could`. */
    name: z.string(),
    /** Its contribution to the score (negative for penalties). */
    weight: z.number(),
  })
  .meta({ id: "ClaimFeature", description: "A feature that drove the check-worthiness score" });
export type ClaimFeature = z.infer<typeof ClaimFeatureSchema>;

/** A check-worthy statement proposed as a claim. */
export const CandidateClaimSchema = z
  .object({
    /** Id within this result, e.g. `c3`. */
    id: z.string(),
    /** The sentence it comes from. */
    sentenceIndex: z.number().int().min(0),
    /** The verbatim text (equal to `cleanedText.slice(start, end)`). */
    text: z.string(),
    /** Evidence offset in `cleanedText`. */
    start: offset,
    /** Evidence offset end. */
    end: offset,
    /** Check-worthiness, 0..1. */
    score: z.number().min(0).max(1),
    /** The features that drove the score. */
    features: z.array(ClaimFeatureSchema),
    /** The near-duplicate cluster it belongs to. */
    clusterId: z.string(),
    /** How it is put. */
    modality: Modality,
    /** A structured assertion when one is clear, e.g. `event.date = 2025-07-04`. */
    assertion: Assertion.nullable(),
    /** Index of the embedded post it is quoted from, when it is. */
    embeddedPostIndex: z.number().int().min(0).nullable(),
  })
  .meta({ id: "CandidateClaim", description: "A check-worthy statement proposed as a claim" });
export type CandidateClaim = z.infer<typeof CandidateClaimSchema>;

/** Candidate claims that say the same thing. */
export const ClaimClusterSchema = z
  .object({
    /** Id within this result, e.g. `k1`. */
    id: z.string(),
    /** Member claim ids, in text order. */
    claimIds: z.array(z.string()).min(1),
    /** The member best suited as the claim's text (highest score). */
    representativeClaimId: z.string(),
    /** Highest member score. */
    score: z.number().min(0).max(1),
    /** The shared predicate (stem), e.g. `recogn`, when one is found. */
    predicate: z.string().nullable(),
    /** Actor keys the members mention. */
    actorKeys: z.array(z.string()),
  })
  .meta({ id: "ClaimCluster", description: "Near-duplicate candidate claims" });
export type ClaimCluster = z.infer<typeof ClaimClusterSchema>;

/** An actor in a suggested event, with its role. */
export const SuggestedEventActorSchema = z
  .object({
    /** Actor key (see ActorMention.key). */
    key: z.string(),
    /** The actor's usual name. */
    name: z.string(),
    /** The actor's kind. */
    kind: ActorKind,
    /** The database actor when known. */
    actorId: ActorId.nullable(),
    /** ISO code for countries. */
    iso3166: CountryCode.nullable(),
    /** Wikidata QID when known. */
    wikidata: z.string().nullable(),
    /** The part it plays. */
    role: ActorRole,
    /**
     * True when the actor was found only in the text (neither in the database nor in the
     * gazetteer): the editor creates it or matches it to an existing actor.
     */
    isNew: z.boolean().default(false),
  })
  .meta({ id: "SuggestedEventActor", description: "An actor of a suggested event" });
export type SuggestedEventActor = z.infer<typeof SuggestedEventActorSchema>;

/** How well an existing event matches the suggestion. */
export const EventMatchSchema = z
  .object({
    /** The existing event. */
    eventId: EventId,
    /** Its title. */
    title: z.string(),
    /** Similarity 0..1 (title words, date overlap, shared actors, kind). */
    score: z.number().min(0).max(1),
    /** What matched, e.g. `date_overlap`, `kind`, `actors:2/2`. */
    reasons: z.array(z.string()),
  })
  .meta({ id: "EventMatch", description: "An existing event scored against the suggestion" });
export type EventMatch = z.infer<typeof EventMatchSchema>;

/** The event the article is mainly about, as a draft for the editor. */
export const SuggestedEventSchema = z
  .object({
    /** A short factual title. */
    title: z.string(),
    /** Kind from the controlled vocabulary. */
    kind: EventKind,
    /** When it happened, when the article says. */
    date: PartialDateSchema.nullable(),
    /** Actors with roles. */
    actors: z.array(SuggestedEventActorSchema),
    /** Where it happened (ISO 3166-1 alpha-2). */
    places: z.array(CountryCode),
    /** The cluster it was derived from. */
    clusterId: z.string().nullable(),
    /** Claims supporting it (cluster members and claims referring back to them). */
    claimIds: z.array(z.string()),
    /** Confidence 0..1. */
    confidence: z.number().min(0).max(1),
    /** Why it was suggested this way. */
    reasons: z.array(z.string()),
    /** Existing events scored against it, best first. */
    matches: z.array(EventMatchSchema),
    /**
     * How the sentence stating it puts it: a hedged or predicted main event ("could recognize",
     * "is expected to sign") stays hedged, so it is not filed as something that happened.
     */
    modality: Modality.default("assertion"),
  })
  .meta({ id: "SuggestedEvent", description: "The suggested main event" });
export type SuggestedEvent = z.infer<typeof SuggestedEventSchema>;

/** Another dated event the article mentions (background, precedents). */
export const OtherEventSchema = z
  .object({
    /** A short title. */
    title: z.string(),
    /** Kind from the controlled vocabulary. */
    kind: EventKind,
    /** When it happened. */
    date: PartialDateSchema,
    /** Actors with roles. */
    actors: z.array(SuggestedEventActorSchema),
    /** Where it happened. */
    places: z.array(CountryCode),
    /** Sentences mentioning it. */
    sentenceIndexes: z.array(z.number().int().min(0)),
    /** The trigger phrase, e.g. `takeover`. */
    trigger: z.string(),
    /** Offset of the first trigger in `cleanedText`. */
    start: offset,
    /** Offset just past the first trigger. */
    end: offset,
    /** True when the date came from a neighbouring sentence rather than the mention itself. */
    dateFromContext: z.boolean(),
  })
  .meta({ id: "OtherEvent", description: "Another dated event the article mentions" });
export type OtherEvent = z.infer<typeof OtherEventSchema>;

/** Metadata about the ingested article. */
export const IngestArticleSchema = z
  .object({
    /** Title: HTML og:title / <title>, else the first line. */
    title: z.string().nullable(),
    /** Canonical URL (link rel=canonical / og:url), else the input URL without tracking
     * parameters or fragment. */
    url: z.string().nullable(),
    /** Site name (og:site_name), else the URL's host (`example.com`). */
    publisher: z.string().nullable(),
    /** Description (og:description / meta description), when given. */
    description: z.string().nullable(),
    /** Publication date: from the input, the page metadata, or none. */
    publishedDate: PartialDateSchema.nullable(),
    /** Where the publication date came from: the input, page metadata, a dateline in the text,
     * or a date in the article's URL path (`/2025/07/04/`). */
    publishedDateSource: z.enum(["input", "meta", "text", "url"]).nullable(),
    /** When it was retrieved (from the input). */
    retrievedAt: Timestamp.nullable(),
    /** Language: ISO 639-1 detected from the text (see `IngestResult.languageDetection`), else
     * the page's declared language, else `und`. Older results hold `en` or a BCP 47 tag. */
    language: z.string(),
    /** `html` or `text`. */
    format: z.enum(["html", "text"]),
  })
  .meta({ id: "IngestArticle", description: "Metadata about the ingested article" });
export type IngestArticle = z.infer<typeof IngestArticleSchema>;

/** Everything ingest makes of one article. Deterministic for the same input. */
export const IngestResultSchema = z
  .object({
    /** Article metadata. */
    article: IngestArticleSchema,
    /** The article's language, ISO 639-1 or `und` (same as `article.language`). Absent on
     * results stored before detection existed. */
    language: z.string().optional(),
    /** How the language was decided. Absent on older results. */
    languageDetection: LanguageDetectionSchema.optional(),
    /** Kept paragraphs joined by blank lines; all offsets point into it. */
    cleanedText: z.string(),
    /** The kept paragraphs. */
    paragraphs: z.array(CleanedParagraphSchema),
    /** Boilerplate taken out, with reasons. */
    removed: z.array(RemovedBlockSchema),
    /** Encoding repairs applied. */
    repairs: z.array(EncodingRepairSchema),
    /** Social posts quoted in the article. */
    embeddedPosts: z.array(EmbeddedPostSchema),
    /** Sentences with modality, dates and actors. */
    sentences: z.array(SentenceAnalysisSchema),
    /** Check-worthy candidate claims, in text order. */
    candidateClaims: z.array(CandidateClaimSchema),
    /** Near-duplicate clusters of candidate claims, largest first. */
    clusters: z.array(ClaimClusterSchema),
    /** The suggested main event, or null when none is clear. */
    mainEvent: SuggestedEventSchema.nullable(),
    /** Other dated events mentioned. */
    otherEvents: z.array(OtherEventSchema),
  })
  .meta({ id: "IngestResult", description: "What ingest makes of an article" });
export type IngestResult = z.infer<typeof IngestResultSchema>;
