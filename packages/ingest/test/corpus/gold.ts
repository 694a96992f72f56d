// The gold file of one corpus page (`pages/<slug>.json`, next to the page text `<slug>.txt`).
// Line numbers are 1-based lines of the .txt; sentence lists hold exact substrings of it.
import { z } from "zod";

/** ISO 639-1 code of the page's main text. */
export const GoldLanguage = z.string().regex(/^[a-z]{2}$/);

/** What kind of page it is. */
export const GoldPageKind = z.enum([
  "wire",
  "aggregator",
  "seo",
  "liveblog",
  "opinion",
  "press_release",
  "paywalled",
  "blog",
  "local",
  "explainer",
  "other",
]);
export type GoldPageKind = z.infer<typeof GoldPageKind>;

/** dev: tune on it. test: never tuned on. Decided by `splitOf(url)`, never by hand. */
export const GoldSplit = z.enum(["dev", "test"]);
export type GoldSplit = z.infer<typeof GoldSplit>;

/** A real page, or a copy made from one by misdecoding it through a wrong code page. */
export const GoldOrigin = z.discriminatedUnion("type", [
  z.object({ type: z.literal("real") }).strict(),
  z
    .object({
      type: z.literal("made"),
      /** Slug of the clean page it was made from. */
      from: z.string().min(1),
      /** The code page the UTF-8 bytes were misread through, e.g. `windows-1257`. */
      codepage: z.string().min(1),
    })
    .strict(),
]);
export type GoldOrigin = z.infer<typeof GoldOrigin>;

/** One real piece of encoding damage and what it should read. */
export const GoldEncodingFix = z.object({ damaged: z.string().min(1), fixed: z.string() }).strict();

export const GoldEncoding = z
  .object({
    /** True when the stored text carries encoding damage (real or made). */
    damaged: z.boolean(),
    /** For real damage: the damaged strings and what they should be. */
    fixes: z.array(GoldEncodingFix),
  })
  .strict();

/** A 1-based line number of the page text. */
export const LineNumber = z.number().int().min(1);

export const GoldNetwork = z.enum([
  "x",
  "bluesky",
  "mastodon",
  "telegram",
  "instagram",
  "youtube",
  "facebook",
  "tiktok",
  "threads",
]);
export type GoldNetwork = z.infer<typeof GoldNetwork>;

/** A social post embedded in the page: its text, attribution and links lines. */
export const GoldPost = z
  .object({
    network: GoldNetwork,
    /** `@name` when the page shows a handle, else null. */
    handle: z
      .string()
      .regex(/^@\S+$/)
      .nullable(),
    /** The lines the post occupies (text, attribution, media links). */
    lines: z.array(LineNumber).min(1),
  })
  .strict();
export type GoldPost = z.infer<typeof GoldPost>;

export const GoldEventKind = z.enum([
  "election",
  "sanction",
  "agreement",
  "ceasefire",
  "summit",
  "recognition",
  "statement",
  "attack",
  "appointment",
  "court_ruling",
  "disaster",
  "protest",
  "economy",
  "other",
]);
export type GoldEventKind = z.infer<typeof GoldEventKind>;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const GoldDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** The event the page is mainly about. */
export const GoldMainEvent = z
  .object({
    summary: z.string().min(1),
    kind: GoldEventKind,
    /** When the event happened (not when the page was published), to the precision supported. */
    date: GoldDate.nullable(),
    /** True only when the text itself states that date in full (or it resolves from a stated date). */
    dateInText: z.boolean(),
    /** The acting party, named as in the text. */
    initiator: z.string().min(1).nullable(),
    /** The party acted upon, named as in the text. */
    target: z.string().min(1).nullable(),
  })
  .strict();
export type GoldMainEvent = z.infer<typeof GoldMainEvent>;

/** The gold file of one corpus page. */
export const GoldSchema = z
  .object({
    url: z.string().url(),
    language: GoldLanguage,
    kind: GoldPageKind,
    split: GoldSplit,
    origin: GoldOrigin,
    encoding: GoldEncoding,
    /** Non-empty lines that are not article content (nav, CTAs, bylines, credits, duplicates…). */
    boilerplate: z.array(LineNumber),
    posts: z.array(GoldPost),
    /** Check-worthy factual sentences, verbatim. */
    claims: z.array(z.string().min(1)),
    /** Speculative / hedged / expected / conditional sentences, verbatim. */
    hedged: z.array(z.string().min(1)),
    /** Value judgements and commentary, verbatim. */
    opinions: z.array(z.string().min(1)),
    mainEvent: GoldMainEvent,
  })
  .strict();
export type Gold = z.infer<typeof GoldSchema>;

/**
 * The split rule: the first hex digit of sha1(url) in 0-7 is dev, 8-f is test. Pass a sha1 hex
 * digest (computed by the caller, so this module stays free of Node imports).
 */
export function splitFromSha1(sha1Hex: string): GoldSplit {
  const first = Number.parseInt(sha1Hex.charAt(0), 16);
  return first <= 7 ? "dev" : "test";
}
