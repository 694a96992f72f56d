// What a sentence's check-worthiness needs from the rest of the page: the names the page writes
// with a capital in mid-sentence (so "Lula voltou…" names someone although "Lula" opens the
// sentence), and which sentence the text ends on (an excerpt or a paywall cuts the last one).
import type { CleanedParagraph, SentenceAnalysis } from "@factline/domain";
import { LANGUAGES } from "./lang";

/** Page-level facts the claim score reads. */
export type ClaimDocument = {
  /** Words the page capitalises in mid-sentence: names, by shape. */
  names: Set<string>;
  /** Index of the last sentence of the article's own text (posts and attributions aside). */
  lastSentence: number;
  /** Sentences that begin or end inside a quotation opened or closed in another sentence. */
  inQuote: Set<number>;
};

const stopCache = new Map<string, Set<string>>();

/** The language's stopwords (English for an undetermined language), lower-cased. */
export function stopwordsOf(lang: string | null | undefined): Set<string> {
  const code = lang && LANGUAGES[lang] ? lang : "en";
  let set = stopCache.get(code);
  if (!set) {
    set = new Set((LANGUAGES[code]?.stopwords ?? "").split(/\s+/).filter(Boolean));
    stopCache.set(code, set);
  }
  return set;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
// A capital after these starts a sentence, a quote or a label, so it says nothing of a name.
const OPENS = /[.!?:;"“„«(—–-]\s*$/u;

/** The capitalised word as the page writes it, without a possessive or a trailing dot. */
export function nameKey(word: string): string {
  return word.replace(/(?:['’]s|[.'’-])+$/u, "");
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/**
 * How each quotation mark moves the quote depth. “ opens in most languages but closes in German
 * („…“), and a straight quote closes what it opened.
 */
function quoteMarks(text: string, lang: string | null | undefined, open: boolean): boolean {
  let inside = open;
  for (const ch of text) {
    if (ch === "«" || ch === "„" || (ch === "“" && lang !== "de")) inside = true;
    else if (ch === "»" || ch === "”" || (ch === "“" && lang === "de")) inside = false;
    else if (ch === '"') inside = !inside;
  }
  return inside;
}

/**
 * Reads the page once. German capitalises every noun, so there the capital says nothing and no
 * name is taken by shape (entities.ts makes the same choice).
 */
export function claimDocument(
  sentences: SentenceAnalysis[],
  paragraphs: CleanedParagraph[],
  lang: string | null | undefined,
): ClaimDocument {
  const names = new Set<string>();
  const stop = stopwordsOf(lang);
  let lastSentence = -1;
  const inQuote = new Set<number>();
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraphIndex !== paragraph) {
      paragraph = s.paragraphIndex;
      open = false;
    }
    const after = quoteMarks(s.text, lang, open);
    if (open || after) inQuote.add(s.index);
    open = after;
    const kind = paragraphs[s.paragraphIndex]?.kind;
    if (kind === "embed" || kind === "attribution") continue;
    lastSentence = Math.max(lastSentence, s.index);
    // Headlines capitalise their words; a title or heading counts only when it is a sentence.
    const prose = kind === "paragraph" || kind === "list_item" || /[.!?…]["”’»)]*$/.test(s.text);
    if (lang === "de" || !prose) continue;
    for (const m of s.text.matchAll(WORD)) {
      if (m.index === 0 || !isCapitalised(m[0])) continue;
      if (OPENS.test(s.text.slice(Math.max(0, m.index - 3), m.index))) continue;
      const key = nameKey(m[0]);
      if (key.length > 1 && !stop.has(key.toLowerCase())) names.add(key);
    }
  }
  return { names, lastSentence, inQuote };
}
