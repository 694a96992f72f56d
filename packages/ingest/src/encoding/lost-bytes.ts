// Lost-byte damage: UTF-8 read through an ISO-style code page whose 0x80–0x9F are C1 controls,
// and the controls then stripped (the seed's damage). A curly quote or dash (E2 80 9x) keeps only
// its lead byte, which shows as that page's character for 0xE2: `β` (cp1253), `â` (cp1252/1250),
// `ā` (cp1257), `в` (cp1251), `โ` (cp874). The missing bytes cannot be read back, so the
// punctuation is restored from where the lead sits: inside an English contraction it was ’, at
// the head of a post attribution —, between spaces a dash, before a word an opening quote, and so
// on; "β¦" (E2 80 A6 without the 80) is …. A page's hypothesis is taken for a text only when
// every occurrence of its 0xE2 character has such a place and at least one is unmistakable; a
// lead of another script must be the only letter of that script in the text (real Greek,
// Russian or Thai has it inside words), and a Latin lead (â, ā: French, Portuguese, Latvian
// letters) is taken only in English text. Emoji (F0 9F xx xx) that lost one byte are restored
// where exactly one undefined byte of the page fits (repairLostEmoji).
import { LANGUAGES } from "../lang/index";
import { applyPieces, decodeRun } from "./decode";
import { type CodePage, HIGH_MASK, PAGES } from "./tables";

/** A repair the lost-byte pass made. */
export type LostByteRepair = {
  from: string;
  to: string;
  rule: string;
  /** Taken on evidence badness does not see ("lâemergenza" scores 0 as well as "l’emergenza"). */
  sure?: boolean;
};

const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
// Words French, Italian, Catalan and Portuguese elide before a vowel ("l’", "d’", "qu’", "dell’",
// "nell’", "un’", "quest’"), as the whole of the word before the lead.
const ELIDED =
  /^(?:[cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu|[DdNnSs]ell|[Dd]?[Aa]ll|[Ss]ull|[Qq]uell|[Qq]uest|[Uu]n|[Nn]essun|[Aa]nch|[Tt]utt)$/;
// E2 80 xx that lose only the 0x80: † ‡ • … ‰ ′ ″ ‹ › (the rest of E2 80 A0–BF is rare).
const KEPT = new Set([0xa0, 0xa1, 0xa2, 0xa6, 0xb0, 0xb2, 0xb3, 0xb9, 0xba]);
const ENGLISH = /\b(?:the|and|of|to|is|that|for|with|was|has|have)\b/gi;
const CONTRACTION = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/u;
// "— Name (@handle) July 4, 2025": a post attribution after the dash.
// The date is a day and a year ("July 4, 2025", "4 July 2025"): a bare year after a name is not
// one ("в Fiala 2025" is Russian "in Fiala 2025").
const ATTRIBUTION =
  /^[ \u00a0]+\p{Lu}[^\n]{0,120}?(?:\(@\w{1,30}\)|\b\d{1,2}(?:,? | \p{L}{3,}\.? )(?:1[89]|20)\d{2}\b)/u;

// The pages whose 0xE2 is a letter, in tie-break order (several share â). Only the Windows and
// ISO pages: the damage needs a decoder that turns 0x80–0x9F into C1 controls, which KOI8, DOS
// and Mac pages never do (their 0x80–0x9F are letters and box drawing).
const NO_C1 = new Set(["koi8-r", "koi8-u", "mac-roman", "cp866"]);
const LEAD_PAGES = PAGES.filter((p) => LETTER.test(p.e2) && !NO_C1.has(p.name));

type Found = {
  index: number;
  length: number;
  to: string;
  kind: string;
  strong: boolean;
  /** A Latin lead between two letters: a dash between English words ("people—including"), a letter in other words. */
  joined?: boolean;
};

const SCRIPTS = [
  /\p{Script=Greek}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Thai}/u,
  /\p{Script=Hebrew}/u,
];

function scriptOf(ch: string): RegExp | undefined {
  return SCRIPTS.find((re) => re.test(ch));
}

function wordStart(text: string, i: number): number {
  let a = i;
  while (a > 0 && !/\s/.test(text[a - 1] as string)) a--;
  return a;
}

/** The run of non-space text around `i`. */
function wordAround(text: string, i: number): string {
  let a = i;
  let b = i + 1;
  while (a > 0 && !/\s/.test(text[a - 1] as string)) a--;
  while (b < text.length && !/\s/.test(text[b] as string)) b++;
  return text.slice(a, b);
}

function classify(
  text: string,
  i: number,
  page: CodePage,
  open: { n: number; sure: number },
): Found | undefined {
  let prev = i > 0 ? (text[i - 1] as string) : "\n";
  // Right after another lead (" ββ "), the previous character was a dash; after another lead
  // and the byte it kept ("β¦β"), punctuation.
  if (prev === page.e2) prev = "\u2014";
  else if (i >= 2 && text[i - 2] === page.e2) {
    const kept = page.toByte[text.charCodeAt(i - 1)] as number;
    if (kept >= 0x80 && kept <= 0xbf) prev = "\u2026";
  }
  let length = 1;
  // E2 80 kept and the third byte lost: `â€` (cp1252 drops 0x9D, ISO pages all of 0x80–0x9F).
  if (text[i + 1] === page.x80 && page.x80 !== "") length = 2;
  let next = text[i + length] ?? "\n";
  const after = text.slice(i + length);
  // Only ASCII may share the word with a lost lead: real words in the page's own language
  // ("mājās", "Всё") carry other letters of it.
  let word = "";
  const around = wordAround(text, i);
  const start = wordStart(text, i);
  for (let k = 0; k < around.length; k++) {
    // Drop other leads of the page, with the continuation character that may follow each
    // ("βThereβs", "ââ"); but a Latin lead between two letters is a letter ("mājās").
    if (
      around[k] === page.e2 &&
      (k === i - start ||
        !LATIN_LETTER.test(page.e2) ||
        !(LETTER.test(around[k - 1] ?? "") && LETTER.test(around[k + 1] ?? "")))
    ) {
      const b = page.toByte[around.charCodeAt(k + 1)] as number;
      if (b >= 0x80 && b <= 0xbf) k++;
      continue;
    }
    // The page's 0xC2 and the byte after it are one character read apart ("5Β\u00a0"): not a
    // letter of the word.
    if (around[k] === page.c2) {
      // At the word's end the byte after it was 0xA0, the no-break space that ended the word.
      const b = k + 1 < around.length ? (page.toByte[around.charCodeAt(k + 1)] as number) : 0xa0;
      if (b >= 0xa0 && b <= 0xbf) {
        k++;
        continue;
      }
    }
    word += around[k];
  }
  // A word of other letters than Latin ones is a real word of the page's own script.
  if (NON_LATIN_LETTER.test(word)) return undefined;
  const latinLead = LATIN_LETTER.test(page.e2);
  // A lead of another script may sit in a word of any Latin letters ("dβêtre"): the page-level
  // check makes sure no real word of its script is on the page. A Latin lead in a word with
  // non-ASCII letters ("château", "mājās") is taken only where no word has it: at the word's
  // edge, after an elided article, before the byte it kept.
  const plain = !latinLead || !/[^\t-~\u2019]/.test(word);
  const at = (to: string, kind: string, strong: boolean): Found => ({
    index: i,
    length,
    to,
    kind,
    strong,
  });
  // E2 80 xx with only the 0x80 lost: "β¦" is …, "â¢" is •.
  const b = length === 1 ? (page.toByte[next.charCodeAt(0)] as number) : 0;
  // E2 82 AC without the 0x82: the euro sign ("β¬5 million"); E2 80 AC is an invisible control.
  if (b === 0xac) {
    length = 2;
    return at("\u20ac", "euro", /[\s\d(]/.test(prev) || /^\d/.test(text.slice(i + 2)));
  }
  if (KEPT.has(b)) {
    length = 2;
    // Sure when the kept byte is no letter ("β¦"), or a letter of the lead's own script
    // ("βΆ" for •): the page-level check rejects a page with any real word of that script.
    const own = !latinLead && scriptOf(next) === scriptOf(page.e2);
    return at(String.fromCharCode(0x2000 + (b & 0x3f)), "punctuation", !LETTER.test(next) || own);
  }
  // An elided article or preposition before a vowel ("lâemergenza", "dâêtre", "dellāarte"):
  // French and Italian write these with an apostrophe; a word with the lead letter there
  // is rare.
  const head = text.slice(start, i).replace(/^[^\p{L}]+/u, "");
  if (ELIDED.test(head) && /^[aeiouhàâäéèêëîïôöùûüœæáíóúAEIOUHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆÁÍÓÚ]/u.test(after)) {
    // Sure before three letters or more, except a small i, u or y after the lead: "âi", "âu"
    // and "ây" are real (Romanian "câine", Vietnamese "câu", "cây").
    const rest = /^\p{L}*/u.exec(after)?.[0].length ?? 0;
    return at("\u2019", "elision", rest >= 3 && !/^[iuy]/.test(after));
  }
  if (plain && LATIN_LETTER.test(prev) && CONTRACTION.test(after))
    return at("\u2019", "apostrophe", true);
  // A possessive after an initialism or a figure ("U.S.’s", "$5’s", "the 1990s’"), a decade
  // ("the ’90s"), an Irish or Italian name ("O’Brien", "D’Angelo").
  if (plain && /[\p{N}.]/u.test(prev) && /^s(?![\p{L}\p{N}])/u.test(after) && /\p{L}/u.test(around))
    return at("\u2019", "apostrophe", false);
  if (plain && /[\s(]/.test(prev) && /^\d0s(?![\p{L}\p{N}])/u.test(after))
    return at("\u2019", "apostrophe", false);
  if (
    plain &&
    /^[ODL]$/.test(prev) &&
    (i < 2 || /[\s("“]/.test(text[i - 2] as string)) &&
    /^\p{Lu}\p{Ll}/u.test(after)
  )
    return at("\u2019", "apostrophe", false);
  // Between two figures, a range ("2022–2023", "10–12"): the en dash.
  if (plain && /\d/.test(prev) && /^\d/.test(after)) return at("\u2013", "range", false);
  // A figure against a word ("in 2016—a year", "the 90—and"): an em dash.
  if (
    plain &&
    ((/\d/.test(prev) && /^\p{L}/u.test(after)) ||
      (/\p{L}{3}$/u.test(text.slice(Math.max(0, i - 3), i)) && /^\d/.test(after)))
  )
    return at("\u2014", "dash", false);
  // Another lead right after is punctuation too ("lotβ¦", " ββ ").
  if (next === page.e2) next = /\s/.test(prev) ? "\u2014" : "\u2026";
  if ((prev === "\n" || i === 0) && ATTRIBUTION.test(after))
    return at("\u2014", "attribution-dash", true);
  const prevSpace = /[\s([\u2014]/.test(prev);
  const nextSpace = /\s/.test(next);
  if (prevSpace && (nextSpace || /[-–—:]/.test(next))) return at("\u2014", "dash", length === 2);
  if ((prevSpace || /[\u2026(]/.test(prev)) && LETTER_OR_DIGIT.test(next)) {
    // Before a capital or a figure no word has the lead ("âAqui", "â2023"): sure.
    const sure = length === 2 || /[\p{Lu}\p{N}]/u.test(next);
    open.n++;
    if (sure) open.sure++;
    return at("\u201c", "quote", sure);
  }
  if (!prevSpace && (nextSpace || /[.,;:!?)\]\u2026]/.test(next))) {
    // A closing double quote when one is open on the line: opened by this repair, or intact.
    const line = text.slice(text.lastIndexOf("\n", i) + 1, i);
    const intact = line.split("\u201c").length - line.split("\u201d").length > 0;
    if (open.n > 0 || intact) {
      // Closing a sure opening quote of the line, or right after the sentence's end ("!”."):
      // sure too.
      const sure = length === 2 || open.sure > 0 || /[.!?\u2026]/.test(prev);
      if (open.n > 0) open.n--;
      if (open.sure > 0) open.sure--;
      return at("\u201d", "quote", sure);
    }
    return at(
      LATIN_LETTER.test(prev) ? "\u2019" : "\u201d",
      "quote",
      length === 2 || /[.!?\u2026]/.test(prev),
    );
  }
  // Between two letters only a lead of another script is surely not a letter of the word
  // ("endβthe"; but "château"). A Latin lead there is an em dash only between two words of
  // three letters or more ("people—including"); the page must still show English and a sure
  // repair elsewhere before any of it is taken.
  if (plain && LATIN_LETTER.test(prev) && LATIN_LETTER.test(next)) {
    if (!latinLead) return at("\u2014", "dash", length === 2);
    const left = /\p{L}{3,}$/u.test(text.slice(Math.max(0, i - 3), i));
    const right = /^\p{L}{3,}/u.test(text.slice(i + length, i + length + 3));
    if (left && right) return { ...at("\u2014", "dash", false), joined: true };
  }
  // A Latin lead inside a word is a letter ("importância", "câmara"): outside English text the
  // page is read without it; in English, nothing on the page is taken.
  if (latinLead && LETTER.test(prev) && LETTER.test(next))
    return { ...at(page.e2, "letter", false), joined: true };
  return undefined;
}

// Function words of two letters or more, per language: three different ones show a text is
// running prose in that language, not a list of names or random letters.
const STOPWORDS = Object.values(LANGUAGES).map(
  (l) => new Set(l.stopwords.split(" ").filter((w) => w.length >= 2)),
);

function readsAsLanguage(text: string): boolean {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  return STOPWORDS.some((stop) => {
    let n = 0;
    for (const w of words) if (stop.has(w) && ++n >= 3) return true;
    return false;
  });
}

/** Pages whose bytes 0xA0–0xFF hold every non-ASCII character of `text` (0: none, or ASCII). */
export function pagesWithoutC1(text: string): number {
  let mask = -1;
  let any = false;
  for (let i = 0; i < text.length && mask !== 0; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    any = true;
    mask &= HIGH_MASK[c] as number;
  }
  return any ? mask : 0;
}

/**
 * Restores the punctuation lost-byte damage left as a bare 0xE2 lead, for every code page whose
 * 0xE2 is a letter. Returns the text unchanged when no page's hypothesis holds. `lostPages`: the
 * pages whose bytes 0xA0–0xFF hold every non-ASCII character of the original input
 * (pagesWithoutC1), which lets a Latin lead be read in languages other than English.
 */
export function repairLostBytes(
  text: string,
  log: (r: LostByteRepair) => void,
  lostPages = 0,
): string {
  let out = text;
  // Pages the input could have come through whole first: they share leads (â is cp1252's,
  // cp1250's, iso-8859-15's…) and read the byte after one differently ("â¦", "âŠ").
  const pages = [...LEAD_PAGES].sort(
    (a, b) => Number((lostPages & b.bit) !== 0) - Number((lostPages & a.bit) !== 0),
  );
  for (const page of pages) {
    const lead = page.e2;
    if (!out.includes(lead)) continue;
    let found: Found[] = [];
    let ok = true;
    const open = { n: 0, sure: 0 };
    let lineStart = 0;
    for (let i = out.indexOf(lead); i >= 0; i = out.indexOf(lead, i + 1)) {
      const nl = out.lastIndexOf("\n", i);
      if (nl + 1 !== lineStart) {
        lineStart = nl + 1;
        open.n = 0;
        open.sure = 0;
      }
      const f = classify(out, i, page, open);
      if (!f) {
        ok = false;
        break;
      }
      found.push(f);
    }
    if (!ok || !found.some((f) => f.strong)) continue;
    let lost = false;
    // A Latin lead (â, ā) is also a letter of French, Portuguese, Latvian…: only English text
    // (three different common English words), with an apostrophe or an attribution among the
    // repairs or at least three of them, is taken for this damage.
    // A lead that kept a byte ("â€", "â¦") is never a word, in any language.
    if (LATIN_LETTER.test(lead) && found.some((f) => f.length === 1)) {
      const seedKind = found.some((f) => f.kind === "apostrophe" || f.kind === "attribution-dash");
      const english = new Set((out.match(ENGLISH) ?? []).map((w) => w.toLowerCase())).size >= 3;
      // In another language we have words for: the input must hold only characters of the
      // page's bytes 0xA0–0xFF (what is left once 0x80–0x9F are gone: no ’ “ – … of its own),
      // and one repair must be where no word has the lead (an elided article before a word,
      // before a capital or a figure, after the sentence's end, before the byte it kept), more
      // such repairs than leads inside words ("câmara", "importância"), which stay letters.
      const sure = found.filter((f) => f.strong && f.kind !== "dash").length;
      if (!english || !(seedKind || found.length >= 3)) {
        // More of the leads stand where no word has them than inside words.
        const letters = found.filter((f) => f.joined).length;
        // A lead before the byte it kept ("â¢", "â¦") is never in a word: proof enough.
        const kept = found.some((f) => f.strong && f.kind === "punctuation");
        lost = (lostPages & page.bit) !== 0 && (kept || sure > letters) && readsAsLanguage(out);
        if (!lost) continue;
        found = found.filter((f) => !f.joined);
      }
    }
    if (!lost && found.some((f) => f.kind === "letter")) continue;
    // A lead of a non-Latin script must be the only letter of that script in the text.
    const script = scriptOf(lead);
    if (script) {
      let rest = "";
      let from = 0;
      for (const f of found) {
        rest += out.slice(from, f.index);
        from = f.index + f.length;
      }
      // A whole UTF-8 sequence read through the page ("Β\u00a0" a no-break space, "Г©" é) is
      // mojibake the other passes repair once the leads are gone: no letter of the script either.
      rest += out.slice(from);
      const pieces = decodeRun(rest, 0, rest.length, page, false);
      if (script.test(pieces ? applyPieces(rest, pieces) : rest)) continue;
      // Lost bytes are noticed against Latin text; a lead among no Latin words ("โก а") is a
      // real word of a short text in another script.
      if ((rest.match(/\p{Script=Latin}/gu)?.length ?? 0) < 3) continue;
    }
    let next = "";
    let at = 0;
    for (const f of found) {
      next += out.slice(at, f.index) + f.to;
      at = f.index + f.length;
      log({
        from: out.slice(f.index, f.index + f.length),
        to: f.to,
        rule: `${page.name}-lost-bytes:${f.kind}`,
        // A lead of another script that is the only letter of its script on the page is sure
        // even where badness sees nothing ("βΆ x: abre ventana" is "• x: abre ventana").
        sure: lost || script !== undefined,
      });
    }
    out = next + out.slice(at);
  }
  return out;
}

/**
 * An emoji (F0 9F xx xx) that lost one byte the page leaves undefined: through cp1257 👍 is
 * "š\u009f‘¨", and without the C1 control "š‘¨". The byte is put back only where exactly one of
 * the page's undefined bytes, at one place, gives an emoji (U+1F000–U+1FAFF).
 */
export function repairLostEmoji(text: string, log: (r: LostByteRepair) => void): string {
  let out = text;
  for (const page of LEAD_PAGES) {
    if (page.undefinedC1.length === 0 || !out.includes(page.f0)) continue;
    let next = "";
    let at = 0;
    for (let i = out.indexOf(page.f0); i >= 0; i = out.indexOf(page.f0, i + 1)) {
      if (i < at) continue;
      const conts: number[] = [];
      while (conts.length < 3) {
        const b = page.toByte[out.charCodeAt(i + 1 + conts.length)] as number;
        if (b < 0x80 || b > 0xbf) break;
        conts.push(b);
      }
      if (conts.length !== 2) continue;
      const found = new Set<number>();
      for (const u of page.undefinedC1) {
        for (let k = 0; k <= 2; k++) {
          const bytes = [...conts.slice(0, k), u, ...conts.slice(k)];
          const cp = bytes.reduce((c, b) => (c << 6) | (b & 0x3f), 0);
          if (cp >= 0x1f000 && cp <= 0x1faff) found.add(cp);
        }
      }
      if (found.size !== 1) continue;
      const emoji = String.fromCodePoint([...found][0] as number);
      const from = out.slice(i, i + 3);
      log({ from, to: emoji, rule: `${page.name}-lost-bytes:emoji` });
      next += out.slice(at, i) + emoji;
      at = i + 3;
    }
    if (at > 0) out = next + out.slice(at);
  }
  return out;
}
