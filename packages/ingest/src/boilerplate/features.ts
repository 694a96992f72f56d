// What a block is measured by: length, stopword density for the page's language, link and
// handle density, capitals, sentence marks, position and repeats (jusText's and boilerpipe's
// features), and the word sets the duplicate check compares.
import type { BoilerplateFeatures } from "@factline/domain";
import type { BlockKind, RawBlock } from "../html";
import { letterCounts, stripUrls, words } from "../tokens";

/** A block with its kind, as boilerplate sees it. */
export type TypedBlock = RawBlock & {
  kind: BlockKind;
  block: number;
  /** For text input: the 1-based line of the input. */
  line?: number;
};

/** jusText's thresholds, scaled to our shorter stopword lists (≈120 words a language). */
export const DENSITY = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.2,
  stopwordsHigh: 0.25,
  maxLinkDensity: 0.2,
};

const LINKISH =
  /^(?:https?:\/\/|www\.|@\w|#\w|pic\.twitter\.com|t\.co\/|\S+\.(?:com|org|net|br|es|fr|de|it|pt)\b)/i;
// Cheap pre-test before LINKISH: only tokens with these can be links or handles.
const LINK_CHARS = /[/@#]|www\.|\w\.(?:com|org|net|br|es|fr|de|it|pt)\b/;
export const LETTER = /\p{L}/gu;
// Closing quotes of every language: ” ’ » (fr/es/pt/it), “ ‘ (de „…“), › ‹.
// « closes a German quotation (»…«), as » closes a French one.
export const SENTENCE_END = /[.!?…。]["”’»«“‘›‹)\]]*$/u;
const SENTENCE_MARK = /[.!?…]+(?=\s|["”’»«“‘›‹)\]]|$)/gu;

/** Measures a block. `repeats` is how many other blocks share its text. */
export function measure(
  text: string,
  index: number,
  count: number,
  repeats: number,
  stopwords: Set<string>,
  ws: string[] = words(text),
): BoilerplateFeatures {
  // Repair and the HTML reader leave single spaces, so a plain split is enough.
  const tokens = text.split(" ").filter(Boolean);
  let stop = 0;
  for (const w of ws) if (stopwords.has(w)) stop++;
  let links = 0;
  if (LINK_CHARS.test(text))
    for (const t of tokens)
      if (LINK_CHARS.test(t) && LINKISH.test(t.replace(/^[("“«]+/, ""))) links++;
  // Capitals matter on short lines; a long paragraph's opening is a fair sample.
  const sample = text.length > 240 ? text.slice(0, 240) : text;
  const { letters, upper } = letterCounts(sample);
  const stopwordDensity = ws.length ? stop / ws.length : 0;
  const linkDensity = tokens.length ? links / tokens.length : 0;
  const chars = text.length;
  let density: BoilerplateFeatures["density"];
  if (linkDensity > DENSITY.maxLinkDensity || text.includes("©")) density = "bad";
  else if (chars < DENSITY.lengthLow) density = linkDensity > 0 ? "bad" : "short";
  else if (stopwordDensity >= DENSITY.stopwordsHigh)
    density = chars > DENSITY.lengthHigh ? "good" : "near_good";
  else if (stopwordDensity >= DENSITY.stopwordsLow) density = "near_good";
  else density = "bad";
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    words: tokens.length,
    chars,
    stopwordDensity: round(stopwordDensity),
    linkDensity: round(linkDensity),
    capsRatio: round(letters ? upper / letters : 0),
    sentences: (text.match(SENTENCE_MARK) ?? []).length,
    endsLikeSentence: SENTENCE_END.test(text),
    position: round(count > 1 ? index / (count - 1) : 0),
    repeats,
    density,
  };
}

/** The text a duplicate check compares: lowercase words without URLs or punctuation. */
export function duplicateKey(text: string): string {
  return words(stripUrls(text)).join(" ");
}

export function tokenSet(key: string): Set<string> {
  return new Set(key.split(" ").filter(Boolean));
}

export function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  // Size bounds first: neither test can pass when the sizes are far apart.
  if (a.size < 0.6 * b.size || a.size * 0.9 > b.size) return false;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  // Near-identical, or a block wholly contained in a comparable kept block (the tweet's text
  // repeated without its media link).
  return inter / union >= 0.9 || (inter / a.size >= 0.95 && a.size >= 0.6 * b.size);
}

/** How many kept blocks back a near-duplicate is looked for. */
export const NEAR_WINDOW = 60;
