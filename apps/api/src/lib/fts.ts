import { badField } from "./api-error";

/** At most this many terms from a query reach FTS5; the rest are ignored. */
export const MAX_SEARCH_TERMS = 12;

/**
 * An FTS5 MATCH expression for user text. User text is never passed raw: FTS5 syntax (`"`,
 * `NEAR(`, `*`, `-`, `^`, `:`, `AND`/`OR`/`NOT`, parentheses) would be a syntax error (a 5xx) or
 * change the meaning. The text is split into runs of letters, digits and marks, each quoted as
 * a string (a quote inside is doubled), joined by implicit AND; the last term also matches as
 * a prefix so results appear while the user types. Null when there is no term.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const used = terms.slice(0, MAX_SEARCH_TERMS).map((t) => `"${t.replace(/"/g, '""')}"`);
  if (used.length === 0) return null;
  const last = used.length - 1;
  // A one-letter prefix matches too much to be useful, and costs the most.
  if ((terms[last] ?? "").length >= 2) used[last] = `${used[last]}*`;
  return used.join(" ");
}

/** `toFtsQuery`, or a 400 naming the parameter when the text has no searchable term. */
export function ftsQueryOrThrow(input: string, path = "query.q"): string {
  const q = toFtsQuery(input);
  if (!q) throw badField(path, "must contain at least one letter or digit");
  return q;
}

// Private-use characters mark the match in snippet(); the text is HTML-escaped before they
// become <mark> tags, so stored text can never inject markup into a snippet.
export const SNIPPET_OPEN = "\uE000";
export const SNIPPET_CLOSE = "\uE001";

/** A snippet with matches wrapped in <mark>, everything else HTML-escaped. */
export function snippetHtml(raw: string): string {
  return raw
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(new RegExp(SNIPPET_OPEN, "g"), "<mark>")
    .replace(new RegExp(SNIPPET_CLOSE, "g"), "</mark>");
}
