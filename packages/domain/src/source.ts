import { z } from "zod";
import { HttpUrl, isWellFormedText, LanguageTag, Timestamp, text, Version } from "./common";
import { ActorId, SourceId } from "./ids";
import { PartialDateSchema, PartialDateText } from "./partial-date";

/** What kind of document a source is. */
export const SourceKind = z
  .enum(["article", "social_post", "official_statement", "broadcast", "dataset"])
  .meta({ description: "What kind of document the source is" });
export type SourceKind = z.infer<typeof SourceKind>;

/** Editors' rating of how far a source can be trusted. */
export const Reliability = z
  .enum(["unrated", "low", "mixed", "high"])
  .meta({ description: "Editor-rated reliability" });
export type Reliability = z.infer<typeof Reliability>;

/** Where a source stands: live, or retracted (withdrawn from the public record). */
export const SourceStatus = z
  .enum(["active", "retracted"])
  .meta({ description: "active, or retracted from the public record" });
export type SourceStatus = z.infer<typeof SourceStatus>;

/** A document that reports events or makes claims: an article, a post, a statement. */
export const SourceSchema = z
  .object({
    /** The source's id (`src_…`). */
    id: SourceId.describe("The source's id (`src_…`)."),
    /** The kind of document. */
    kind: SourceKind.describe("The kind of document."),
    /** Canonical URL, unique across sources; null for documents without one (e.g. demo data). */
    url: z.string().nullable().meta({ description: "Canonical URL (unique); null when none" }),
    /** The document's title or, for a post, its first line. */
    title: z.string().describe("The document's title or, for a post, its first line."),
    /** Who published it (outlet, ministry, platform). */
    publisher: z.string().nullable().describe("Who published it (outlet, ministry, platform)."),
    /** Author's name or a social handle such as `@LegitTargets`. */
    author: z
      .string()
      .nullable()
      .describe("Author's name or a social handle such as `@LegitTargets`."),
    /** The actor the source speaks for, when it is one (a ministry's statement). */
    actorId: ActorId.nullable().describe(
      "The actor the source speaks for, when it is one (a ministry's statement).",
    ),
    /** When it was published, to the precision known. */
    publishedDate: PartialDateSchema.nullable().describe(
      "When it was published, to the precision known.",
    ),
    /** When Factline retrieved it. */
    retrievedAt: Timestamp.nullable().describe("When Factline retrieved it."),
    /** Language of the text (BCP 47). */
    language: LanguageTag.nullable().describe("Language of the text (BCP 47)."),
    /** SHA-256 of the cleaned text (hex), used to spot the same document twice. */
    contentHash: z
      .string()
      .nullable()
      .describe("SHA-256 of the cleaned text (hex), used to spot the same document twice."),
    /** The cleaned text. */
    text: z.string().describe("The cleaned text."),
    /** Editor-rated reliability. */
    reliability: Reliability.describe("Editor-rated reliability."),
    /** The article this post was quoted in, when it is an embedded post. */
    embeddedIn: SourceId.nullable().describe(
      "The article this post was quoted in, when it is an embedded post.",
    ),
    /** A note for readers, e.g. that the record is demo data. */
    note: z.string().nullable().describe("A note for readers, e.g. that the record is demo data."),
    /** active or retracted. */
    status: SourceStatus.describe("active or retracted."),
    /** Version for optimistic concurrency. */
    version: Version.describe("Version for optimistic concurrency."),
    /** When the record was created. */
    createdAt: Timestamp.describe("When the record was created."),
    /** When the record last changed. */
    updatedAt: Timestamp.describe("When the record last changed."),
  })
  .meta({ id: "Source", description: "A document that reports events or makes claims" });
export type Source = z.infer<typeof SourceSchema>;

const sourceInputFields = {
  /** The kind of document. */
  kind: SourceKind.describe("The kind of document."),
  /** Canonical URL, unique across sources; null for documents without one (e.g. demo data). */
  url: HttpUrl.nullable().describe(
    "Canonical URL, unique across sources; null for documents without one (e.g. demo data).",
  ),
  /** The document's title or, for a post, its first line. */
  title: text(500).describe("The document's title or, for a post, its first line."),
  /** Who published it (outlet, ministry, platform). */
  publisher: text(200).nullable().describe("Who published it (outlet, ministry, platform)."),
  /** Author's name or a social handle such as `@LegitTargets`. */
  author: text(200)
    .nullable()
    .describe("Author's name or a social handle such as `@LegitTargets`."),
  /** The actor the source speaks for, when it is one (a ministry's statement). */
  actorId: ActorId.nullable().describe(
    "The actor the source speaks for, when it is one (a ministry's statement).",
  ),
  /** When it was published, to the precision known. */
  publishedDate: PartialDateText.nullable().describe(
    "When it was published, to the precision known.",
  ),
  /** When Factline retrieved it. */
  retrievedAt: Timestamp.nullable().describe("When Factline retrieved it."),
  /** Language of the text (BCP 47). */
  language: LanguageTag.nullable().describe("Language of the text (BCP 47)."),
  /** The cleaned text. */
  // Not cleaned or trimmed: evidence offsets point into it as sent. Only what cannot be stored
  // as readable UTF-8 is refused.
  text: z
    .string()
    .max(1_000_000)
    .refine(isWellFormedText, { message: "must be valid Unicode text (it has a lone surrogate)" })
    .refine((t) => !t.includes("\u0000"), { message: "must not contain NUL characters" })
    .describe("The cleaned text."),
  /** Editor-rated reliability. */
  reliability: Reliability.describe("Editor-rated reliability."),
  /** The article this post was quoted in, when it is an embedded post. */
  embeddedIn: SourceId.nullable().describe(
    "The article this post was quoted in, when it is an embedded post.",
  ),
  /** A note for readers, e.g. that the record is demo data. */
  note: text(2000).nullable().describe("A note for readers, e.g. that the record is demo data."),
};

/** Input to create a source. */
export const CreateSourceInput = z
  .object({
    ...sourceInputFields,
    url: sourceInputFields.url.optional(),
    publisher: sourceInputFields.publisher.optional(),
    author: sourceInputFields.author.optional(),
    actorId: sourceInputFields.actorId.optional(),
    publishedDate: sourceInputFields.publishedDate.optional(),
    retrievedAt: sourceInputFields.retrievedAt.optional(),
    language: sourceInputFields.language.optional(),
    text: sourceInputFields.text.default(""),
    reliability: sourceInputFields.reliability.default("unrated"),
    embeddedIn: sourceInputFields.embeddedIn.optional(),
    note: sourceInputFields.note.optional(),
  })
  .strict()
  .meta({ id: "CreateSourceInput", description: "Fields to create a source" });
export type CreateSourceInput = z.infer<typeof CreateSourceInput>;

/** Input to update a source: any subset of the fields, and only those change. */
export const UpdateSourceInput = z
  .object(sourceInputFields)
  .partial()
  .strict()
  .meta({ id: "UpdateSourceInput", description: "Fields to change on a source" });
export type UpdateSourceInput = z.infer<typeof UpdateSourceInput>;
