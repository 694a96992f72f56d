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
import { type CodePage, PAGES } from "./tables";

/** A repair the lost-byte pass made. */
export type LostByteRepair = { from: string; to: string; rule: string };

const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// E2 80 xx that lose only the 0x80: † ‡ • … ‰ ′ ″ ‹ › (the rest of E2 80 A0–BF is rare).
const KEPT = new Set([0xa0, 0xa1, 0xa2, 0xa6, 0xb0, 0xb2, 0xb3, 0xb9, 0xba]);
const ENGLISH = /\b(?:the|and|of|to|is|that|for|with|was|has|have)\b/gi;
const CONTRACTION = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/u;
// "— Name (@handle) July 4, 2025": a post attribution after the dash.
const ATTRIBUTION = /^[ \u00a0]+\p{Lu}[^\n]{0,120}?(?:\(@\w{1,30}\)|\b(?:1[89]|20)\d{2}\b)/u;

// The pages whose 0xE2 is a letter, in tie-break order (several share â). Only the Windows and
// ISO pages: the damage needs a decoder that turns 0x80–0x9F into C1 controls, which KOI8, DOS
// and Mac pages never do (their 0x80–0x9F are letters and box drawing).
const NO_C1 = new Set(["koi8-r", "koi8-u", "mac-roman", "cp866"]);
const LEAD_PAGES = PAGES.filter((p) => LETTER.test(p.e2) && !NO_C1.has(p.name));

type Found = { index: number; length: number; to: string; kind: string; strong: boolean };

function scriptOf(ch: string): RegExp | undefined {
  for (const re of [
    /\p{Script=Greek}/u,
    /\p{Script=Cyrillic}/u,
    /\p{Script=Thai}/u,
    /\p{Script=Hebrew}/u,
  ]) {
    if (re.test(ch)) return re;
  }
  return undefined;
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

function classify(text: string, i: number, page: CodePage, open: { n: number }): Found | undefined {
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
  if (/[^\t-~\u2019]/.test(word)) return undefined;
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
    // Sure only when the kept byte is no letter ("β¦"; "βΆ" could be a Greek syllable).
    return at(String.fromCharCode(0x2000 + (b & 0x3f)), "punctuation", !LETTER.test(next));
  }
  if (LATIN_LETTER.test(prev) && CONTRACTION.test(after)) return at("\u2019", "apostrophe", true);
  // A possessive after an initialism or a figure ("U.S.’s", "$5’s", "the 1990s’"), a decade
  // ("the ’90s"), an Irish or Italian name ("O’Brien", "D’Angelo").
  if (/[\p{N}.]/u.test(prev) && /^s(?![\p{L}\p{N}])/u.test(after) && /\p{L}/u.test(around))
    return at("\u2019", "apostrophe", false);
  if (/[\s(]/.test(prev) && /^\d0s(?![\p{L}\p{N}])/u.test(after))
    return at("\u2019", "apostrophe", false);
  if (
    /^[ODL]$/.test(prev) &&
    (i < 2 || /[\s("“]/.test(text[i - 2] as string)) &&
    /^\p{Lu}\p{Ll}/u.test(after)
  )
    return at("\u2019", "apostrophe", false);
  // Between two figures, a range ("2022–2023", "10–12"): the en dash.
  if (/\d/.test(prev) && /^\d/.test(after)) return at("\u2013", "range", false);
  // A figure against a word ("in 2016—a year", "the 90—and"): an em dash.
  if (
    (/\d/.test(prev) && /^\p{L}/u.test(after)) ||
    (/\p{L}{3}$/u.test(text.slice(Math.max(0, i - 3), i)) && /^\d/.test(after))
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
    open.n++;
    return at("\u201c", "quote", length === 2);
  }
  if (!prevSpace && (nextSpace || /[.,;:!?)\]\u2026]/.test(next))) {
    // A closing double quote when one is open on the line: opened by this repair, or intact.
    const line = text.slice(text.lastIndexOf("\n", i) + 1, i);
    const intact = line.split("\u201c").length - line.split("\u201d").length > 0;
    if (open.n > 0 || intact) {
      if (open.n > 0) open.n--;
      return at("\u201d", "quote", length === 2);
    }
    return at(LATIN_LETTER.test(prev) ? "\u2019" : "\u201d", "quote", length === 2);
  }
  // Between two letters only a lead of another script is surely not a letter of the word
  // ("endβthe"; but "château"). A Latin lead there is an em dash only between two words of
  // three letters or more ("people—including"); the page must still show English and a sure
  // repair elsewhere before any of it is taken.
  if (LATIN_LETTER.test(prev) && LATIN_LETTER.test(next)) {
    if (!LATIN_LETTER.test(page.e2)) return at("\u2014", "dash", length === 2);
    const left = /\p{L}{3,}$/u.test(text.slice(Math.max(0, i - 3), i));
    const right = /^\p{L}{3,}/u.test(text.slice(i + length, i + length + 3));
    if (left && right) return at("\u2014", "dash", false);
  }
  return undefined;
}

/**
 * Restores the punctuation lost-byte damage left as a bare 0xE2 lead, for every code page whose
 * 0xE2 is a letter. Returns the text unchanged when no page's hypothesis holds.
 */
export function repairLostBytes(text: string, log: (r: LostByteRepair) => void): string {
  let out = text;
  for (const page of LEAD_PAGES) {
    const lead = page.e2;
    if (!out.includes(lead)) continue;
    const found: Found[] = [];
    let ok = true;
    const open = { n: 0 };
    let lineStart = 0;
    for (let i = out.indexOf(lead); i >= 0; i = out.indexOf(lead, i + 1)) {
      const nl = out.lastIndexOf("\n", i);
      if (nl + 1 !== lineStart) {
        lineStart = nl + 1;
        open.n = 0;
      }
      const f = classify(out, i, page, open);
      if (!f) {
        ok = false;
        break;
      }
      found.push(f);
    }
    if (!ok || !found.some((f) => f.strong)) continue;
    // A Latin lead (â, ā) is also a letter of French, Portuguese, Latvian…: only English text
    // (three different common English words), with an apostrophe or an attribution among the
    // repairs or at least three of them, is taken for this damage.
    // A lead that kept a byte ("â€", "â¦") is never a word, in any language.
    if (LATIN_LETTER.test(lead) && found.some((f) => f.length === 1)) {
      const seedKind = found.some((f) => f.kind === "apostrophe" || f.kind === "attribution-dash");
      const english = new Set((out.match(ENGLISH) ?? []).map((w) => w.toLowerCase())).size >= 3;
      if (!english || !(seedKind || found.length >= 3)) continue;
    }
    // A lead of a non-Latin script must be the only letter of that script in the text.
    const script = scriptOf(lead);
    if (script) {
      let rest = "";
      let from = 0;
      for (const f of found) {
        rest += out.slice(from, f.index);
        from = f.index + f.length;
      }
      // The page's 0xC2 before a byte A0–BF is a two-byte character read apart ("Β\u00a0" is a
      // no-break space), repaired by the other passes: no letter of the script either.
      const all = (rest + out.slice(from)).replace(
        new RegExp(`${page.c2}[\\u00a0-\\uffff]`, "gu"),
        (m) => {
          const b = page.toByte[m.charCodeAt(1)] as number;
          return b >= 0xa0 && b <= 0xbf ? "" : m;
        },
      );
      if (script.test(all)) continue;
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
