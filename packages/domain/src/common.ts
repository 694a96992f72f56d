import { z } from "zod";

/** A timestamp in ISO 8601 UTC with milliseconds, e.g. `2025-07-04T10:00:00.000Z`. */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "ISO 8601 timestamp", example: "2025-07-04T10:00:00.000Z" });

/** Record version for optimistic concurrency; starts at 1 and grows by one on every change. */
export const Version = z
  .number()
  .int()
  .min(1)
  .meta({ description: "Record version; send it back in If-Match to update" });

/** A URL-safe lowercase slug. */
export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be lowercase letters, digits and hyphens" })
  .meta({ description: "URL-safe slug", example: "russia-recognizes-taliban-government" });

/** An ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166-1 alpha-2 code such as AF" })
  .meta({ description: "ISO 3166-1 alpha-2 country code", example: "AF" });

/** A BCP 47 language tag. */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
    message: "must be a BCP 47 language tag such as en",
  })
  .meta({ description: "BCP 47 language tag", example: "en" });

/** An http(s) URL. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
  .meta({ description: "An http(s) URL" });

// Control characters never belong in stored text: C0 except tab, line feed and carriage return,
// DEL, and C1. NUL in particular makes a title that looks empty everywhere it is shown.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A UTF-16 surrogate without its pair cannot be encoded as UTF-8: D1 would store bytes that no
// reader can decode.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text as stored: control characters removed, NFC-normalized. */
export function cleanText(value: string): string {
  return value.replace(CONTROL_CHARS, "").normalize("NFC");
}

/** Whether `value` is valid Unicode (no lone surrogates), so it can be stored as UTF-8. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/**
 * Trimmed, cleaned text of bounded length that may be empty: lone surrogates are refused (with
 * a message naming the field), control characters dropped, Unicode normalized (NFC).
 */
export const optionalText = (max: number) =>
  z
    .string()
    .refine(isWellFormedText, { message: "must be valid Unicode text (it has a lone surrogate)" })
    .overwrite(cleanText)
    .trim()
    .max(max);

/** Like `optionalText`, and not empty after cleaning (a NUL-only title is empty). */
export const text = (max: number) => optionalText(max).min(1, { message: "must not be empty" });

/**
 * Makes a slug from a title: ASCII-folded, lowercase, hyphen-separated, at most 80 characters.
 * A title with no Latin letters or digits (e.g. in Cyrillic) gives "", which `Slug` rejects:
 * callers need a fallback such as the record's id.
 */
export function slugify(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // Letters NFKD does not decompose but that have a usual ASCII spelling.
      .replace(/ß/g, "ss")
      .replace(/æ/g, "ae")
      .replace(/œ/g, "oe")
      .replace(/ø/g, "o")
      .replace(/ł/g, "l")
      .replace(/đ/g, "d")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/g, "")
  );
}
