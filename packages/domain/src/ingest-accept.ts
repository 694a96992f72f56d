// What an editor sends to accept an ingest: which of the suggestions become records, with their
// edits. The selection refers to the stored IngestResult by its own ids (`c3`, post index 0), so
// `checkAcceptSelection` checks it against that result; both run in the API and the admin UI.
import { z } from "zod";
import { ActorKind } from "./actor";
import { Assertion } from "./claim";
import { CountryCode, HttpUrl, LanguageTag, optionalText, text } from "./common";
import type { FieldError } from "./errors";
import { ActorRole, EventKind } from "./event";
import { ActorId, EventId } from "./ids";
import type { IngestResult } from "./ingest";
import { PartialDateText } from "./partial-date";
import { Modality } from "./verdict";

/** Edits to the article source's metadata; its text is the cleaned text and cannot change. */
export const AcceptSourceEdits = z
  .object({
    /** The article's title; the detected title when left out. */
    title: text(500).optional().meta({ description: "Title; the detected one when left out" }),
    /** The outlet. */
    publisher: text(200).nullable().optional().meta({ description: "The outlet" }),
    /** The author's name. */
    author: text(200).nullable().optional().meta({ description: "The author" }),
    /** When it was published; the detected date when left out. */
    publishedDate: PartialDateText.nullable().optional(),
    /** The article's URL; stored canonical. The detected or fetched URL when left out. */
    url: HttpUrl.nullable()
      .optional()
      .meta({ description: "The article's URL (stored canonical)" }),
    /** Language of the text (BCP 47); the detected one when left out. */
    language: LanguageTag.nullable().optional(),
  })
  .strict()
  .meta({ id: "AcceptSourceEdits", description: "Edits to the article source's metadata" });
export type AcceptSourceEdits = z.infer<typeof AcceptSourceEdits>;

/** A candidate claim to create, with optional edits. */
export const AcceptClaimSelection = z
  .object({
    /** The candidate's id in the ingest result, e.g. `c9`. */
    candidateId: z.string().min(1).max(20).meta({ description: "Candidate id, e.g. c9" }),
    /** The claim's verbatim text; the candidate's text when left out. */
    text: text(5000).optional().meta({ description: "Verbatim text; the candidate's by default" }),
    /** A neutral restatement; the text when left out. */
    statement: text(2000).optional().meta({ description: "Neutral restatement" }),
    /** How it is put; the detected modality when left out. */
    modality: Modality.optional(),
    /** Structured assertion; the suggested one when left out, none when null. */
    assertion: Assertion.nullable().optional(),
  })
  .strict()
  .meta({ id: "AcceptClaimSelection", description: "A candidate claim to create" });
export type AcceptClaimSelection = z.infer<typeof AcceptClaimSelection>;

/** An embedded post to create as a `social_post` source `embeddedIn` the article. */
export const AcceptEmbeddedPost = z
  .object({
    /** The post's index in the ingest result. */
    index: z.number().int().min(0).meta({ description: "Index in result.embeddedPosts" }),
    /** The post's status URL (stored canonical); the detected one when left out. */
    url: HttpUrl.nullable().optional(),
    /** The handle; the detected one when left out. */
    author: text(200).nullable().optional(),
    /** The title; the post's first line when left out. */
    title: text(500).optional(),
  })
  .strict()
  .meta({ id: "AcceptEmbeddedPost", description: "An embedded post to create as a source" });
export type AcceptEmbeddedPost = z.infer<typeof AcceptEmbeddedPost>;

/**
 * An actor of a new event: an existing actor by id, or one described as the suggestion names it
 * (found by ISO code, Wikidata id or name, else created with the event).
 */
export const AcceptEventActor = z
  .object({
    /** An existing actor (null, as in an unmatched suggestion, means "find or create"). */
    actorId: ActorId.nullable().optional(),
    /** The actor's usual name, when not given by id. */
    name: text(200).optional(),
    /** The actor's kind, when not given by id. */
    kind: ActorKind.optional(),
    /** ISO 3166-1 alpha-2 code, for countries. */
    iso3166: CountryCode.nullable().optional(),
    /** Wikidata QID. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/, { message: "must be a Wikidata QID such as Q159" })
      .nullable()
      .optional(),
    /** The part it plays. */
    role: ActorRole,
  })
  // Not strict: a suggested actor (with its `key`) can be sent back as it came.
  .refine((a) => a.actorId != null || (a.name != null && a.kind != null), {
    message: "give actorId, or name and kind",
    path: ["actorId"],
  })
  .meta({ id: "AcceptEventActor", description: "An actor of the new event" });
export type AcceptEventActor = z.infer<typeof AcceptEventActor>;

/** A new draft event, prefilled from the suggested main event. */
export const AcceptNewEvent = z
  .object({
    /** A short factual title. */
    title: text(300),
    /** Kind from the controlled vocabulary. */
    kind: EventKind,
    /** When it happened. */
    date: PartialDateText.nullable().optional(),
    /** A neutral summary. */
    summary: optionalText(5000).default(""),
    /** Where it happened (ISO 3166-1 alpha-2). */
    places: z.array(CountryCode).max(50).default([]),
    /** Actors with roles. */
    // At most 30: each becomes a row of one multi-row insert, under D1's 100 bound parameters.
    actors: z.array(AcceptEventActor).max(30).default([]),
  })
  .strict()
  .meta({ id: "AcceptNewEvent", description: "A new draft event" });
export type AcceptNewEvent = z.infer<typeof AcceptNewEvent>;

/** The event the claims are about: an existing one, a new draft, or none. */
export const AcceptEventChoice = z
  .union([z.object({ attachTo: EventId }).strict(), z.object({ create: AcceptNewEvent }).strict()])
  .meta({
    id: "AcceptEventChoice",
    description: "`{ attachTo: eventId }` or `{ create: { title, kind, … } }`",
  });
export type AcceptEventChoice = z.infer<typeof AcceptEventChoice>;

/** The editor's selection: which suggestions become records, with their edits. */
export const AcceptIngestInput = z
  .object({
    /** Edits to the article source. */
    source: AcceptSourceEdits.default({}),
    /** Candidate claims to create (at most once each). */
    claims: z.array(AcceptClaimSelection).max(200).default([]),
    /** Embedded posts to create as social_post sources. */
    embeddedPosts: z.array(AcceptEmbeddedPost).max(50).default([]),
    /** The event, or null for none. */
    event: AcceptEventChoice.nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.claims.forEach((c, i) => {
      if (seen.has(c.candidateId)) {
        ctx.addIssue({
          code: "custom",
          path: ["claims", i, "candidateId"],
          message: "selected twice",
        });
      }
      seen.add(c.candidateId);
    });
    const posts = new Set<number>();
    v.embeddedPosts.forEach((p, i) => {
      if (posts.has(p.index)) {
        ctx.addIssue({
          code: "custom",
          path: ["embeddedPosts", i, "index"],
          message: "selected twice",
        });
      }
      posts.add(p.index);
    });
  })
  .meta({ id: "AcceptIngestInput", description: "What to create from an ingest" });
export type AcceptIngestInput = z.infer<typeof AcceptIngestInput>;

/**
 * Field errors for a selection that does not fit the stored result (unknown candidate ids or
 * post indexes), with paths relative to the body (`claims.2.candidateId`). Empty when it fits.
 */
export function checkAcceptSelection(
  result: Pick<IngestResult, "candidateClaims" | "embeddedPosts">,
  input: AcceptIngestInput,
): FieldError[] {
  const errors: FieldError[] = [];
  const candidates = new Set(result.candidateClaims.map((c) => c.id));
  input.claims.forEach((c, i) => {
    if (!candidates.has(c.candidateId)) {
      errors.push({ path: `claims.${i}.candidateId`, message: "no such candidate claim" });
    }
  });
  input.embeddedPosts.forEach((p, i) => {
    if (!result.embeddedPosts.some((e) => e.index === p.index)) {
      errors.push({ path: `embeddedPosts.${i}.index`, message: "no such embedded post" });
    }
  });
  return errors;
}
