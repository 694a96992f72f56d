// Repairs UTF-8 text that was decoded with a legacy single-byte code page (mojibake), then
// normalizes Unicode and whitespace. The repair works on bytes: a run of characters is mapped
// back to the bytes the wrong code page gave them and kept only when those bytes are valid,
// plausible UTF-8. Correct Greek, Cyrillic and other text never maps to such byte runs, so it is
// left alone; the few rules for the lost-byte case are anchored on Latin context for that reason.
import type { EncodingRepair } from "@factline/domain";

type CodePage = { name: string; toByte: Map<string, number> };

function buildCodePage(name: string, high: Record<number, number>): CodePage {
  const toByte = new Map<string, number>();
  // C1 controls survive some decoders as themselves (undefined slots decoded as latin-1).
  for (let b = 0x80; b <= 0x9f; b++) toByte.set(String.fromCharCode(b), b);
  for (const [byte, cp] of Object.entries(high)) toByte.set(String.fromCodePoint(cp), Number(byte));
  return { name, toByte };
}

const CP1252_80_9F: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

function cp1252Table(): Record<number, number> {
  const t: Record<number, number> = { ...CP1252_80_9F };
  for (let b = 0xa0; b <= 0xff; b++) t[b] = b;
  return t;
}

function cp1253Table(): Record<number, number> {
  const t: Record<number, number> = {
    128: 0x20ac,
    130: 0x201a,
    131: 0x0192,
    132: 0x201e,
    133: 0x2026,
    134: 0x2020,
    135: 0x2021,
    137: 0x2030,
    139: 0x2039,
    145: 0x2018,
    146: 0x2019,
    147: 0x201c,
    148: 0x201d,
    149: 0x2022,
    150: 0x2013,
    151: 0x2014,
    153: 0x2122,
    155: 0x203a,
    160: 0x00a0,
    161: 0x0385,
    162: 0x0386,
    163: 0x00a3,
    164: 0x00a4,
    165: 0x00a5,
    166: 0x00a6,
    167: 0x00a7,
    168: 0x00a8,
    169: 0x00a9,
    171: 0x00ab,
    172: 0x00ac,
    173: 0x00ad,
    174: 0x00ae,
    175: 0x2015,
    176: 0x00b0,
    177: 0x00b1,
    178: 0x00b2,
    179: 0x00b3,
    180: 0x0384,
    181: 0x00b5,
    182: 0x00b6,
    183: 0x00b7,
    184: 0x0388,
    185: 0x0389,
    186: 0x038a,
    187: 0x00bb,
    188: 0x038c,
    189: 0x00bd,
    190: 0x038e,
    191: 0x038f,
    192: 0x0390,
  };
  // Α..Ρ, then Σ..Ϋ (0xD2 is unassigned), then ά..ώ.
  for (let b = 0xc1; b <= 0xd1; b++) t[b] = 0x0391 + (b - 0xc1);
  for (let b = 0xd3; b <= 0xfe; b++) t[b] = 0x0391 + (b - 0xc1);
  return t;
}

const CP1252 = buildCodePage("cp1252", cp1252Table());
const CP1253 = buildCodePage("cp1253", cp1253Table());

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/u;

// Which decoded code points a repair may produce. Two-byte sequences cover Latin-1 through the
// Greek, Cyrillic, Hebrew and Arabic blocks; three-byte ones are limited to punctuation and
// symbols (curly quotes, dashes, €, ™) because an accidental CJK decode of real accented text
// ("é’’") is more likely in an English article than genuine double-encoded CJK.
function plausible(cp: number, length: number): boolean {
  if (length === 2) return cp >= 0x80 && cp <= 0x7ff;
  if (length === 3) return (cp >= 0x2000 && cp <= 0x2bff) || cp === 0xfeff || cp === 0xfffd;
  return cp >= 0x1f000 && cp <= 0x1faff;
}

function decodeAt(
  text: string,
  i: number,
  page: CodePage,
): { cp: number; length: number } | undefined {
  const lead = page.toByte.get(text[i] as string);
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return undefined;
  const n = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  const bytes: number[] = [];
  for (let k = 1; k <= n; k++) {
    const ch = text[i + k];
    const b = ch === undefined ? undefined : page.toByte.get(ch);
    if (b === undefined || b < 0x80 || b > 0xbf) return undefined;
    bytes.push(b);
  }
  const b1 = bytes[0] as number;
  // Reject overlong forms and surrogates, as a strict UTF-8 decoder would.
  if (lead === 0xe0 && b1 < 0xa0) return undefined;
  if (lead === 0xed && b1 > 0x9f) return undefined;
  if (lead === 0xf0 && b1 < 0x90) return undefined;
  if (lead === 0xf4 && b1 > 0x8f) return undefined;
  let cp = n === 1 ? lead & 0x1f : n === 2 ? lead & 0x0f : lead & 0x07;
  for (const b of bytes) cp = (cp << 6) | (b & 0x3f);
  if (!plausible(cp, n + 1)) return undefined;
  return { cp, length: n + 1 };
}

type RepairLog = Map<string, EncodingRepair>;

function log(repairs: RepairLog, from: string, to: string, rule: string): void {
  const key = `${rule}\u0000${from}`;
  const seen = repairs.get(key);
  if (seen) seen.count += 1;
  else repairs.set(key, { from, to, rule, count: 1 });
}

const LATIN_BEFORE = /[A-Za-z0-9.,;:!?)\]"'’”]/;

// Context a decode needs beyond valid bytes. Greek letters are cp1253 lead bytes, so a cp1253
// two-byte decode ("Β΄", a Greek numeral, would become "´") must follow Latin text. A lone
// cp1252 decode beyond Latin-1/Latin Extended-A ("Ñ…" → Cyrillic, "É”" → IPA) is more likely
// real text next to smart punctuation than mojibake, which comes in runs ("ÐœÐ¾ÑÐºÐ²Ð°").
function contextAllows(
  text: string,
  i: number,
  hit: { cp: number; length: number },
  page: CodePage,
  before: string,
  after: string,
): boolean {
  if (page === CP1253) {
    if (GREEK.test(before) || GREEK.test(after)) return false;
    if (hit.length === 2 && !LATIN_BEFORE.test(before)) return false;
    return true;
  }
  if (hit.length === 2 && hit.cp >= 0x180) {
    const prev = i >= 2 && decodeAt(text, i - 2, page)?.length === 2;
    const next = decodeAt(text, i + hit.length, page) !== undefined;
    return prev || next;
  }
  return true;
}

// Characters that can start a damaged sequence: those a code page maps to bytes 0xC2–0xF4.
function leadPattern(page: CodePage): RegExp {
  const leads = [...page.toByte.entries()]
    .filter(([, b]) => b >= 0xc2 && b <= 0xf4)
    .map(([c]) => c);
  return new RegExp(
    `[${leads.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`,
    "g",
  );
}
const LEADS = new Map<CodePage, RegExp>([
  [CP1252, leadPattern(CP1252)],
  [CP1253, leadPattern(CP1253)],
]);

function repairWithPage(text: string, page: CodePage, repairs: RepairLog): string {
  // Most text has no lead characters at all; jump between them instead of walking every char.
  const lead = LEADS.get(page) as RegExp;
  lead.lastIndex = 0;
  if (!lead.test(text)) return text;
  let out = "";
  let copied = 0;
  lead.lastIndex = 0;
  for (let m = lead.exec(text); m !== null; m = lead.exec(text)) {
    const i = m.index;
    if (i < copied) continue;
    const hit = decodeAt(text, i, page);
    if (!hit) continue;
    const before = text[i - 1] ?? "";
    const after = text[i + hit.length] ?? "";
    if (!contextAllows(text, i, hit, page, before, after)) continue;
    const from = text.slice(i, i + hit.length);
    const to = hit.cp === 0xfeff ? "" : String.fromCodePoint(hit.cp);
    log(repairs, from, to, `utf8-as-${page.name}`);
    out += text.slice(copied, i) + to;
    copied = i + hit.length;
    lead.lastIndex = copied;
  }
  return out + text.slice(copied);
}

/**
 * Lost-byte damage: the page was UTF-8 read as cp1253, and the bytes that have no cp1253
 * character (0x80 0x99 of `’`, 0x80 0x94 of `—`) were dropped, leaving only the lead byte `β`
 * (0xE2) or `Β` (0xC2). Each rule needs Latin context so real Greek never matches.
 */
const LOST_BYTE_RULES: { rule: string; pattern: RegExp; to: string }[] = [
  {
    // Russiaβs, donβt, theyβre: E2 80 99 (’) inside an English contraction or possessive.
    rule: "cp1253-lost-bytes:apostrophe",
    pattern: /(?<=[A-Za-z])β(?=(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}]))/gu,
    to: "\u2019",
  },
  {
    // A line-initial `β ` before a tweet attribution: E2 80 94 (—) "— Name (@handle) date".
    rule: "cp1253-lost-bytes:attribution-dash",
    pattern: /(?<=^|\n)β(?=[ \u00a0]+\p{Lu}[^\n]{0,120}?(?:\(@\w{1,30}\)|\b(?:1[89]|20)\d{2}\b))/gu,
    to: "\u2014",
  },
  {
    // YOUTUBE.Β␠: C2 A0 (no-break space) with the A0 turned into a plain space.
    rule: "cp1253-lost-bytes:nbsp",
    pattern: /(?<=[A-Za-z0-9.,;:!?)\]"'’”])Β(?=[ \t]|$)/gmu,
    to: "",
  },
  {
    // ” is E2 80 9D; 0x9D has no cp1252 character and is often dropped, leaving `â€`.
    rule: "cp1252-lost-bytes:right-double-quote",
    pattern: /â€(?![\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/gu,
    to: "\u201d",
  },
  {
    // The same damage read as cp1252: `Â` left before a space after Latin text.
    rule: "cp1252-lost-bytes:nbsp",
    pattern: /(?<=[A-Za-z0-9.,;:!?)\]"'’”])Â(?=[ \t]|$)/gmu,
    to: "",
  },
];

function applyLostByteRules(text: string, repairs: RepairLog): string {
  let out = text;
  // The lead characters the rules look for; most text has none of them.
  if (!/[βΒÂâ]/.test(out)) return out;
  for (const { rule, pattern, to } of LOST_BYTE_RULES) {
    out = out.replace(pattern, (m) => {
      log(repairs, m, to, rule);
      return to;
    });
  }
  return out;
}

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
// Zero-width space, word joiner, BOM and soft hyphen carry no meaning in article text. ZWJ/ZWNJ
// are kept: emoji sequences and Persian/Indic spelling depend on them.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/** NFC, one kind of line break, no invisible characters, single spaces, trimmed lines. */
export function normalizeWhitespace(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** The result of repairing a text: the text and what was changed. */
export type RepairResult = { text: string; repairs: EncodingRepair[] };

/**
 * Repairs mojibake (UTF-8 read as cp1252, latin-1 or cp1253, including the lost-byte cp1253
 * case), then normalizes. Runs to a fixed point, so double-encoded text is fully repaired and a
 * second call changes nothing.
 */
export function repairEncoding(input: string): RepairResult {
  const repairs: RepairLog = new Map();
  let text = input;
  for (let pass = 0; pass < 4; pass++) {
    let next = repairWithPage(text, CP1252, repairs);
    next = repairWithPage(next, CP1253, repairs);
    next = applyLostByteRules(next, repairs);
    next = normalizeWhitespace(next);
    if (next === text) break;
    text = next;
  }
  return { text, repairs: [...repairs.values()] };
}

/** Repairs and normalizes a single line or block without reporting what changed. */
export function cleanText(input: string): string {
  return repairEncoding(input).text;
}
