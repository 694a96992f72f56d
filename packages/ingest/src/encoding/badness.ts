// How implausible a piece of text is as something a person wrote, in the spirit of ftfy's
// badness (rspeer/python-ftfy, ftfy/badness.py): count character sequences that real text in
// any language almost never has but mojibake has all the time. Correct text scores 0, so a
// re-decode that must *strictly* lower the score can never touch it.

import { CONT_MASK, PAGES } from "./tables";

// Character kinds.
const LOWER = 1;
const UPPER = 2;
const UNCASED = 3; // letters without case: Thai, Hebrew, Arabic, CJK, modifier letters
const MARK = 4;
const DIGIT = 5;
const SPACE = 6;
const PUNCT = 7; // ASCII and typographic punctuation: . , ’ “ ” – — … « »
const SYMBOL = 8; // symbols, and the Latin-1 odds and ends mojibake is made of: © ° ± ¼ ª µ ƒ ˆ
const CONTROL = 9; // C1 controls
const FORMAT = 10;
const JUNK = 11; // unassigned, private use, lone surrogates, U+FFFD

// Scripts (0: none).
const LATIN = 1;
const GREEK = 2;
const CYRILLIC = 3;
const THAI = 4;
const HEBREW = 5;
const ARABIC = 6;
const CJK = 7;
const OTHER = 8;

// The Latin-1 and Windows extras that are letters or punctuation in Unicode but, right after a
// non-ASCII letter, are a mark of mojibake ("Ã©", "Ãª", "Ãµ", "Ã­", "Ñ€", "Ð¼").
const AS_SYMBOL = "ƒªºµˆ˜ˇ˘˙˚˛˝\u00ad†‡‰¶§¦‚„¡¿·¹²³¼½¾";
const SPACING_ACCENTS = "¨¸¯ˆ˜ˇ˘˙˚˛˝";
const AS_PUNCT = "’‘“”–—…«»‹›•\u00a0\u0374\u0375\u0384\u0385";

const kinds = new Uint8Array(0x10000); // kind | script << 4, computed on first use (0: unknown)

const RE = {
  lower: /\p{Ll}/u,
  upper: /[\p{Lu}\p{Lt}]/u,
  letter: /\p{L}/u,
  modifier: /\p{Lm}/u,
  mark: /\p{M}/u,
  digit: /\p{Nd}/u,
  number: /\p{N}/u,
  space: /[\p{Z}\s]/u,
  punct: /\p{P}/u,
  symbol: /\p{S}/u,
  control: /\p{Cc}/u,
  format: /\p{Cf}/u,
  latin: /\p{Script=Latin}/u,
  greek: /\p{Script=Greek}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  thai: /\p{Script=Thai}/u,
  hebrew: /\p{Script=Hebrew}/u,
  arabic: /\p{Script=Arabic}/u,
  cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
};

function compute(code: number): number {
  const ch = String.fromCharCode(code);
  let kind: number;
  if (code >= 0xd800 && code <= 0xdfff) kind = JUNK;
  else if (code === 0xfffd) kind = JUNK;
  else if (AS_SYMBOL.includes(ch)) kind = SYMBOL;
  else if (AS_PUNCT.includes(ch)) kind = PUNCT;
  else if (RE.lower.test(ch)) kind = LOWER;
  else if (RE.upper.test(ch)) kind = UPPER;
  else if (RE.letter.test(ch)) kind = UNCASED;
  else if (RE.mark.test(ch)) kind = MARK;
  else if (RE.digit.test(ch)) kind = DIGIT;
  else if (RE.number.test(ch)) kind = SYMBOL;
  else if (RE.space.test(ch)) kind = SPACE;
  else if (RE.punct.test(ch)) kind = PUNCT;
  else if (RE.symbol.test(ch)) kind = SYMBOL;
  else if (RE.control.test(ch)) kind = code >= 0x80 ? CONTROL : SPACE;
  else if (RE.format.test(ch)) kind = FORMAT;
  else kind = JUNK;
  let script = 0;
  if (kind === LOWER || kind === UPPER || kind === UNCASED || kind === MARK) {
    if (RE.latin.test(ch)) script = LATIN;
    else if (RE.greek.test(ch)) script = GREEK;
    else if (RE.cyrillic.test(ch)) script = CYRILLIC;
    else if (RE.thai.test(ch)) script = THAI;
    else if (RE.hebrew.test(ch)) script = HEBREW;
    else if (RE.arabic.test(ch)) script = ARABIC;
    else if (RE.cjk.test(ch)) script = CJK;
    else if (kind !== MARK) script = OTHER;
    // Modifier letters of no particular script (ʼ U+02BC, the Ukrainian apostrophe) are
    // punctuation for our purposes.
    if (kind === UNCASED && script === OTHER && RE.modifier.test(ch)) return PUNCT;
  }
  return kind | (script << 4);
}

function info(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      return (code >= 0x61 ? LOWER : UPPER) | (LATIN << 4);
    }
    if (code >= 0x30 && code <= 0x39) return DIGIT;
    return code <= 0x20 ? SPACE : PUNCT;
  }
  if (code > 0xffff) return code >= 0xf0000 ? JUNK : code >= 0x1f000 ? SYMBOL : UNCASED;
  let v = kinds[code] as number;
  if (v === 0) {
    v = compute(code);
    kinds[code] = v;
  }
  return v;
}

const APOSTROPHE = new Set([0x27, 0x2019, 0x2bc]);
const isLetter = (k: number) => k === LOWER || k === UPPER || k === UNCASED;

// Latin capitals that are UTF-8 lead bytes 0xC2/0xC3 in a Latin code page (Â Ã Ă Ā Ć):
// before a Windows punctuation character inside a word, or alone before a space, they are the
// remains of a two-byte sequence, not a letter.
const LEADISH = new Set([0xc2, 0xc3, 0x102, 0x100, 0x106]);
// Bit i: the character is byte 0xC2 or 0xC3 in page i.
const C2C3_MASK = new Uint32Array(0x10000);
for (const p of PAGES) {
  for (const c of LEADISH) {
    const b = p.toByte[c];
    if (b === 0xc2 || b === 0xc3) C2C3_MASK[c] = (C2C3_MASK[c] as number) | p.bit;
  }
}
// Capitals that are lead bytes 0xC2–0xC5 in a Latin code page (Â Ã Ä Å Ă Ĺ Ā Ć).
const CAP_LEADS = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0x102, 0x139, 0x100, 0x106]);
// Characters at 0x80–0xBF in windows-1252 that are punctuation: after a LEADISH capital and
// before a letter, the pair is mojibake ("Ã‰tat", "Ã…lesund", "Ã“scar").
const WIN_PUNCT = new Set([..."‚„…†‡‰‹‘’“”•–—›"].map((c) => c.charCodeAt(0)));

// Windows punctuation right after a 0xE2 lead: "â€", "â–¼", "вЂ", "β€" (not ’: Ukrainian "в’їзд").
const AFTER_E2 = new Set([..."€–—„•™‹›‚"].map((c) => c.charCodeAt(0)));
// Cyrillic capitals Russian does not use (Serbian, Macedonian, Belarusian, Ukrainian): after a
// lowercase letter they are cp1251 mojibake ("вЂ", "пёЏ").
const RARE_CYRILLIC_CAPS = /[ЀЂЃЅЈЉЊЋЌЍЎЏ]/;
// Letters only Serbian/Macedonian use, and letters only Russian/Belarusian/Ukrainian use: one
// word never has both ("рџљЁ" is 🚨 through cp1251).
const SOUTH_SLAVIC = /[ђѓјљњћќџѕЂЃЈЉЊЋЌЏЅ]/;
const EAST_SLAVIC = /[ёыэъіїєґўЁЫЭЪІЇЄҐЎ]/;

/** Letters a lead byte 0xE2 becomes in the code pages: β â ā в โ Б ‚ ג. */
export const E2_LEADS = "βâāвโБ‚ג";
const E2_SET = new Set([...E2_LEADS].map((c) => c.charCodeAt(0)));
const CONTRACTION = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/u;

/**
 * The badness of a text: 0 for anything a person plausibly wrote, more for each sign of
 * mojibake. Signs, each weighted by how sure it is:
 * - a C1 control (3), U+FFFD / private use / unassigned (2), a stray format character (1);
 * - two adjacent letters of different scripts (Latin + Greek, Cyrillic + CJK: 2), or scripts
 *   mixed within one run of non-space characters across punctuation other than an apostrophe ("YOUTUBE.Β": 2);
 * - a Latin lowercase letter followed by a non-ASCII capital ("cafÃ": 1, once a run); an IPA letter, or
 *   a letter of a script none of the code pages encodes (1);
 * - a non-ASCII letter followed by a symbol or a Latin-1 extra ("Ã©", "Ð¼", "Р°", "п╬": 2);
 * - two symbols in a row ("€™", "√©": 1);
 * - a combining mark not on a letter of its own script ("à¸ª", "ุ" after a digit: 2);
 * - a lead-like capital (Â Ã Ă Ā Ć) before Windows punctuation and a letter, or alone before a
 *   space after a non-capital ("Ã‰tat", "YOUTUBE.Â ": 2);
 * - a low quote ‚ „ glued between letters (MacRoman "‚Äô": 2);
 * - a 0xE2 lead (β â ā в โ) between a Latin letter and an English contraction ("Russiaβs": 2);
 * - inside a lowercase word, a lead-like capital (Â Ã Ä Å Ă Ĺ Ā Ć) before Windows punctuation and a letter
 *   ("priÄ—mÄ—": 2); a lead-like
 *   capital before another non-ASCII letter outside an all-caps word ("ĂĽber", "Ãš": 2);
 * - symbols glued between letters, √ or box drawing touching a letter or symbol (MacRoman
 *   "odbƒôdzie", "citt√†", cp866 "├╝ber": 2);
 * - a word of 1–3 letters of another script between two Latin words ("situazione ГЁ stata": 2);
 * - a Cyrillic capital Russian does not use after a lowercase letter, or Serbian and Russian
 *   letters in one word (cp1251 "вЂ”", "рџљЁ": 2);
 * - MacRoman "‚Ä" and "¬©", a 0xE2 lead before Windows punctuation ("â€", "â–¼"), Â before
 *   « or » ("Â«": 2).
 */
export function badness(text: string): number {
  let score = 0;
  let prev = SPACE; // info of the previous character
  let prevCode = 0x20;
  let runScript = 0; // last letter script in the current run of non-space characters
  let runMixed = false;
  let runCased = false; // the lower-then-capital sign counts once a run
  let symbolsAfterLetter = false; // inside a run of symbols that follows a letter
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // ASCII after ASCII: only a word run's script can change (Latin after "YOUTUBE.Β").
    if (code < 0x80 && prevCode < 0x80) {
      const v = info(code);
      const kind = v & 15;
      if (kind === SPACE) {
        runScript = 0;
        runMixed = false;
        runCased = false;
      } else if (kind === LOWER || kind === UPPER) {
        if (runScript !== 0 && runScript !== LATIN && !runMixed && !APOSTROPHE.has(prevCode)) {
          score += 2;
          runMixed = true;
        }
        runScript = LATIN;
      }
      symbolsAfterLetter = false;
      prev = v;
      prevCode = code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    const v = info(code);
    const kind = v & 15;
    const script = v >> 4;
    const pk = prev & 15;
    const ps = prev >> 4;
    if (kind === CONTROL) score += 3;
    // Syriac, Thaana, NKo, Samaritan…: two-byte decodes of accented capitals before punctuation.
    else if (code >= 0x700 && code <= 0x8ff) score += 1;
    else if (kind === JUNK) score += 2;
    else if (kind === FORMAT && code !== 0x200c && code !== 0x200d && code !== 0xfeff) score += 1;
    if (kind === SPACE) {
      runScript = 0;
      runMixed = false;
      runCased = false;
    } else if (isLetter(kind)) {
      if (isLetter(pk) && ps !== script) score += 2;
      else if (runScript !== 0 && runScript !== script && !runMixed && !APOSTROPHE.has(prevCode)) {
        score += 2;
        runMixed = true;
      }
      runScript = script;
      if (kind === UPPER && pk === LOWER && code >= 0x80 && script === LATIN && !runCased) {
        score += 1;
        runCased = true;
      }
      if (kind === UPPER && pk === LOWER && RARE_CYRILLIC_CAPS.test(String.fromCharCode(code))) {
        score += 2;
      }
      // IPA letters beside Latin text, letters of scripts no code page here encodes.
      if ((code >= 0x250 && code <= 0x2af) || script === OTHER) score += 1;
      if (
        E2_SET.has(code) &&
        // After an ASCII letter: English words ("Russiaβs"), not "ÿâs".
        prevCode < 0x80 &&
        isLetter(pk) &&
        CONTRACTION.test(text.slice(i + 1, i + 4))
      ) {
        score += 2;
      }
    } else if (kind === MARK) {
      // Variation selectors (emoji presentation) may follow anything.
      const selector = code >= 0xfe00 && code <= 0xfe0f;
      if (!selector && (!(isLetter(pk) || pk === MARK) || (script !== 0 && ps !== script))) {
        score += 2;
      }
    } else if (kind === SYMBOL || kind === CONTROL) {
      if (isLetter(pk) && prevCode >= 0x80) score += 2;
      else if (pk === SYMBOL && kind === SYMBOL) score += 1;
      // A spacing accent (¨ ¸ ˇ ˘…) glued to punctuation: "š‘¨" is 👍 through cp1257.
      else if (pk === PUNCT && SPACING_ACCENTS.includes(String.fromCharCode(code))) score += 1;
    }
    if (LEADISH.has(prevCode) && (kind === SPACE || code === 0xa0)) {
      // Glued to the word before ("YOUTUBE.Â ", "cafÃ "), or alone before a no-break space; a
      // capital standing alone before a plain space may be an initial or a list letter.
      // Before a plain space only Â and Ã (windows-1252, by far the most common): "aĀ " could be
      // anything.
      const before = i >= 2 ? info(text.charCodeAt(i - 2)) & 15 : SPACE;
      const glued = before !== SPACE && (prevCode === 0xc2 || prevCode === 0xc3);
      if (before !== UPPER && (glued || code === 0xa0)) score += 2;
    }
    if (
      WIN_PUNCT.has(code) &&
      code !== 0x2019 &&
      CAP_LEADS.has(prevCode) &&
      i >= 2 &&
      (info(text.charCodeAt(i - 2)) & 15) === LOWER
    ) {
      if (i + 1 < text.length && isLetter(info(text.charCodeAt(i + 1)) & 15)) score += 2;
    }
    // Only a letter that is a continuation byte in a page where the capital is 0xC2/0xC3.
    if (
      LEADISH.has(prevCode) &&
      isLetter(kind) &&
      code >= 0x80 &&
      code < 0x10000 &&
      ((C2C3_MASK[prevCode] as number) & (CONT_MASK[code] as number)) !== 0
    ) {
      // Not inside an all-caps word ("ROMÂNĂŞ"), unless a lowercase letter shows it is not one.
      const before = i >= 2 ? info(text.charCodeAt(i - 2)) & 15 : SPACE;
      const after = i + 1 < text.length ? info(text.charCodeAt(i + 1)) & 15 : SPACE;
      if (before !== UPPER || kind === LOWER || after === LOWER) score += 2;
    }
    // "PUÃ’", "COSÃŒ": no word has Â or Ã before these (” and … may close a word).
    if (
      (prevCode === 0xc2 || prevCode === 0xc3) &&
      WIN_PUNCT.has(code) &&
      code !== 0x201d &&
      code !== 0x2026
    ) {
      score += 2;
    }
    if (isLetter(kind) && symbolsAfterLetter) score += 2;
    if (kind === SYMBOL) symbolsAfterLetter ||= isLetter(pk);
    else symbolsAfterLetter = false;
    // √ (MacRoman 0xC3) or box drawing (cp866, koi8) touching a letter or another symbol.
    if (
      (code === 0x221a || (code >= 0x2500 && code <= 0x259f)) &&
      (isLetter(pk) || pk === SYMBOL)
    ) {
      score += 2;
    } else if (
      (prevCode === 0x221a || (prevCode >= 0x2500 && prevCode <= 0x259f)) &&
      (isLetter(kind) || kind === SYMBOL)
    ) {
      score += 2;
    }
    if ((code === 0x201a || code === 0x201e) && isLetter(pk) && i + 1 < text.length) {
      if (isLetter(info(text.charCodeAt(i + 1)) & 15)) score += 2;
    }
    // MacRoman: E2 80 is "‚Ä", C2 is "¬" ("‚Äî", "¬©").
    if (prevCode === 0x201a && kind === UPPER && code >= 0x80) score += 2;
    if (
      prevCode === 0xac &&
      (isLetter(kind) || kind === SYMBOL || code === 0xab || code === 0xbb)
    ) {
      score += 2;
    }
    if (AFTER_E2.has(code) && E2_SET.has(prevCode)) score += 2;
    // "Â«", "Â»": windows-1252's « and ». Only Â: Β, В and Ā before « or » can be words of
    // their own ("категорія В»").
    if ((code === 0xab || code === 0xbb) && prevCode === 0xc2) {
      const before = i >= 2 ? info(text.charCodeAt(i - 2)) & 15 : SPACE;
      if (before !== UPPER) score += 2;
    }
    prev = v;
    prevCode = code;
  }
  if (NON_LATIN.test(text) || LONE_E2.test(text)) score += isolatedWords(text) + slavicMix(text);
  return score;
}

function slavicMix(text: string): number {
  if (!SOUTH_SLAVIC.test(text) || !EAST_SLAVIC.test(text)) return 0;
  let score = 0;
  for (const w of text.split(/[\s\p{P}]+/u)) {
    if (SOUTH_SLAVIC.test(w) && EAST_SLAVIC.test(w)) score += 2;
  }
  return score;
}

// A 0xE2 lead standing alone as a word (a dash that lost its other bytes).
const LONE_E2 = /(?:^|\s)[βâāвโБ](?=\s|$)/m;
const NON_LATIN = /[\u0370-\u1fff\u2c00-\ud7ff\uf900-\uffef]/;
const LETTERS = /[^\p{L}]/gu;
const ALL_LATIN = /^\p{Script=Latin}+$/u;

// A word of one to three letters in another script between two Latin words ("è" read through
// cp1251 is "ГЁ": "la situazione ГЁ stata"): 2 each. A lone 0xE2 lead counts even when it is a
// Latin letter ("rate â central"), and also at the start of a line of Latin words ("β Legitimate
// Targets"): a dash that lost two bytes.
function isolatedWords(text: string): number {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(LETTERS, ""))
    .filter((w) => w.length > 0);
  let score = 0;
  const latin = (w: string | undefined) => w !== undefined && w.length > 1 && ALL_LATIN.test(w);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length > 3 || (ALL_LATIN.test(w) && !(w.length === 1 && E2_SET.has(w.charCodeAt(0))))) {
      continue;
    }
    const between = latin(words[i - 1]) && latin(words[i + 1]);
    // At the start of a line: two or three letters, and every word after it Latin.
    const lone = w.length === 1 && E2_SET.has(w.charCodeAt(0));
    const first = i === 0 && lone && words.length > 1 && words.slice(1).every(latin);
    if (between || first) score += 2;
  }
  return score;
}
