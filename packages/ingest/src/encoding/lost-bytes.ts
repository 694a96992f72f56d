// Lost-byte damage: UTF-8 read through an ISO-style code page whose 0x80–0x9F are C1 controls,
// and the controls then stripped. A curly quote or dash (E2 80 9x) keeps only its lead byte,
// which shows as that page's character for 0xE2: `β` (cp1253), `â` (cp1252/1250), `ā` (cp1257),
// `в` (cp1251), `โ` (cp874), `Б` (koi8). The missing bytes cannot be read back, so the
// punctuation is restored from where the lead sits: inside an English contraction it was ’, at
// the head of a post attribution it was —, and so on. A page's hypothesis is taken for a text
// only when every occurrence of its 0xE2 character has such a place (real Greek, Latvian or
// Russian text has it inside words), and at least one of them is unmistakable.
import { type CodePage, PAGES } from "./tables";

/** A repair the lost-byte pass made. */
export type LostByteRepair = { from: string; to: string; rule: string };

const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTRACTION = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/u;
// "— Name (@handle) July 4, 2025": a post attribution after the dash.
const ATTRIBUTION = /^[ \u00a0]+\p{Lu}[^\n]{0,120}?(?:\(@\w{1,30}\)|\b(?:1[89]|20)\d{2}\b)/u;

// One page per distinct 0xE2 character (the first in tie-break order names the rule).
const BY_LEAD = new Map<string, CodePage>();
for (const p of PAGES) if (LETTER.test(p.e2) && !BY_LEAD.has(p.e2)) BY_LEAD.set(p.e2, p);

type Found = { index: number; length: number; to: string; kind: string; strong: boolean };

function scriptOf(ch: string): RegExp | undefined {
  for (const re of [
    /\p{Script=Greek}/u,
    /\p{Script=Cyrillic}/u,
    /\p{Script=Thai}/u,
    /\p{Script=Hebrew}/u,
  ]) {
    if (re.test(ch)) return new RegExp(re.source, "gu");
  }
  return undefined;
}

/** Characters of the run of non-space text around `i`, other than the lead itself. */
function wordAround(text: string, i: number): string {
  let a = i;
  let b = i + 1;
  while (a > 0 && !/\s/.test(text[a - 1] as string)) a--;
  while (b < text.length && !/\s/.test(text[b] as string)) b++;
  return text.slice(a, i) + text.slice(i + 1, b);
}

function classify(text: string, i: number, page: CodePage, open: { n: number }): Found | undefined {
  const prev = i > 0 ? (text[i - 1] as string) : "\n";
  let length = 1;
  // E2 80 kept and the third byte lost: `â€` (cp1252 drops 0x9D, ISO pages all of 0x80–0x9F).
  if (text[i + 1] === page.x80 && page.x80 !== "") length = 2;
  const next = text[i + length] ?? "\n";
  const after = text.slice(i + length);
  // Only ASCII may share the word with a lost lead: real words in the page's own language
  // ("mājās", "Всё") carry other letters of it.
  if (/[^\t-~\u2019]/.test(wordAround(text, i).replace(page.x80, ""))) return undefined;
  const at = (to: string, kind: string, strong: boolean): Found => ({
    index: i,
    length,
    to,
    kind,
    strong,
  });
  if (LATIN_LETTER.test(prev) && CONTRACTION.test(after)) return at("\u2019", "apostrophe", true);
  if ((prev === "\n" || i === 0) && ATTRIBUTION.test(after))
    return at("\u2014", "attribution-dash", true);
  const prevSpace = /\s/.test(prev) || prev === "(" || prev === "[";
  const nextSpace = /\s/.test(next);
  if (prevSpace && nextSpace) return at("\u2014", "dash", length === 2);
  if (prevSpace && LETTER_OR_DIGIT.test(next)) {
    open.n++;
    return at("\u201c", "quote", length === 2);
  }
  if (!prevSpace && (nextSpace || /[.,;:!?)\]]/.test(next))) {
    if (open.n > 0) {
      open.n--;
      return at("\u201d", "quote", length === 2);
    }
    return at(LATIN_LETTER.test(prev) ? "\u2019" : "\u201d", "quote", length === 2);
  }
  if (LATIN_LETTER.test(prev) && LATIN_LETTER.test(next)) return at("\u2014", "dash", length === 2);
  return undefined;
}

/**
 * Restores the punctuation lost-byte damage left as a bare 0xE2 lead, for every code page whose
 * 0xE2 is a letter. Returns the text unchanged when no page's hypothesis holds.
 */
export function repairLostBytes(text: string, log: (r: LostByteRepair) => void): string {
  let out = text;
  for (const [lead, page] of BY_LEAD) {
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
    // A lead of a non-Latin script must be the only letter of that script in the text.
    const script = scriptOf(lead);
    if (script && (out.match(script)?.length ?? 0) > found.length) continue;
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
