// Repairs UTF-8 text that was decoded with a legacy single-byte code page (mojibake), then
// normalizes Unicode and whitespace. Works for every code page in encoding/codepages.generated.ts
// (cp1250–cp1258, cp874, latin-1/9, iso-8859-2, koi8-r/u, mac-roman, cp866), generated from the
// encodings themselves. A run of characters is mapped back to the bytes a page gave them, read
// as UTF-8, and the reading is kept only when it is valid and strictly lowers the text's badness
// (encoding/badness.ts). Correct text has badness 0, so it is never changed.
//
// Three passes, repeated to a fixed point (double encoding takes two rounds):
// 1. whole lines: a line whose every non-ASCII character reads back as UTF-8 through one page;
// 2. single words, for text damaged in places (a pasted title, a CMS that re-encoded one field);
// 3. lost bytes: a lone 0xE2 lead left where a curly quote or dash lost its other bytes.
import type { EncodingRepair } from "@factline/domain";
import { badness } from "./encoding/badness";
import {
  applyPieces,
  decodeRun,
  PAGES,
  type Piece,
  pagesContaining,
  pagesWithPairs,
} from "./encoding/decode";
import {
  type LostByteRepair,
  pagesWithoutC1,
  repairLostBytes,
  repairLostEmoji,
} from "./encoding/lost-bytes";
import { type CodePage, SUSPECT } from "./encoding/tables";

type RepairLog = Map<string, EncodingRepair>;

function log(repairs: RepairLog, from: string, to: string, rule: string): void {
  const key = `${rule}\u0000${from}`;
  const seen = repairs.get(key);
  if (seen) seen.count += 1;
  else repairs.set(key, { from, to, rule, count: 1 });
}

function logPieces(repairs: RepairLog, pieces: Piece[], page: CodePage): void {
  for (const p of pieces) {
    // A plain space read as 0xA0: the no-break space of "YOUTUBE.Β " in the seed.
    const rule =
      p.space && p.to === "\u00a0" ? `${page.name}-lost-bytes:nbsp` : `utf8-as-${page.name}`;
    log(repairs, p.from, p.to, rule);
  }
}

const MIN_BADNESS = 2;

// Accented letters of the languages we read, roughly most frequent first. Only breaks ties
// between two pages whose readings are equally plausible (cp1250 and iso-8859-2 put Ą at
// different bytes, so "ĂĄ" is "á" in one and "å" in the other; "ÄŒ" is "Č" in cp1252 and "ļ" in
// iso-8859-15). Capitals count as rarer than small letters; beyond that the page order decides.
const COMMON = "éáíóàèçãñßüöäêâôõúìòùûîëïœčřšžěůýťďňąęłńśźżćőűğışășțėįųūāēīģķļņ";

// Places letters do not stand: no word starts with ß ("Ăź" is ß in cp1250 and ü in iso-8859-2:
// "überwachen", not "ßberwachen") or ends with ñ ("più", not "piñ"), and è starts no word but
// itself ("Última", not "èltima").
const MISPLACED = /(?<!\p{L})ß|ñ(?!\p{L})|(?<!\p{L})è(?=\p{L})/gu;

function rarity(pieces: Piece[], text: string): number {
  let sum = (text.match(MISPLACED)?.length ?? 0) * 100;
  for (const p of pieces) {
    const c = p.to;
    const code = c.charCodeAt(0);
    if (code >= 0x250) {
      // A combining accent is what MacRoman makes of "Ã±" (ñ): "Pe̱a"; arrows, math and
      // technical signs are what iso-8859-15 makes of Windows punctuation ("â€\u009d": ⤝).
      if (code >= 0x300 && code <= 0x36f) sum += 100;
      else if (code >= 0x2190 && code <= 0x2bff) sum += 50;
      continue;
    }
    const lower = c.toLowerCase();
    const k = COMMON.indexOf(lower);
    sum += (k < 0 ? 100 : k) + (lower === c ? 0 : 20);
  }
  return sum;
}

type Reading = { page: CodePage; pieces: Piece[]; text: string; score: number };

/** Every page's reading of s[start, end) that lowers badness (none below MIN_BADNESS). */
function readings(s: string, start: number, end: number, mask: number, whole: boolean): Reading[] {
  // Include a trailing space a lead may have used as its 0xA0.
  const stop = end < s.length && s.charCodeAt(end) === 0x20 ? end + 1 : end;
  // Decoding fails fast on most text; the badness is worked out only when some page reads it.
  let before = -1;
  const out: Reading[] = [];
  for (const page of PAGES) {
    if ((mask & page.bit) === 0) continue;
    const pieces = decodeRun(s, start, end, page, whole);
    if (!pieces) continue;
    if (before < 0) before = badness(s.slice(start, stop));
    // One weak sign (a capital after a lowercase letter) is not enough to rewrite anything.
    if (before < MIN_BADNESS) return [];
    const text = applyPieces(s, pieces, start, stop);
    const score = badness(text);
    if (score < before) out.push({ page, pieces, text, score });
  }
  return out;
}

/**
 * The best reading: lowest badness; on a tie the page that reads most of the document best
 * (damage comes from one page), then the reading that decodes more, then the commoner
 * letters, then the page order.
 */
function pick(rs: Reading[], preferred: CodePage | undefined): Reading | undefined {
  let best: Reading | undefined;
  for (const r of rs) {
    if (!best || r.score < best.score) {
      best = r;
      continue;
    }
    if (r.score > best.score) continue;
    if ((r.page === preferred) !== (best.page === preferred)) {
      if (r.page === preferred) best = r;
      continue;
    }
    // A reading that explains more of the text (double encoding read one layer by one page,
    // half by another) beats one that leaves more of it as it was.
    const covered = (x: Reading) => x.pieces.reduce((n, p) => n + p.end - p.start, 0);
    if (covered(r) !== covered(best)) {
      if (covered(r) > covered(best)) best = r;
      continue;
    }
    if (rarity(r.pieces, r.text) < rarity(best.pieces, best.text)) best = r;
  }
  return best;
}

function wordByWord(line: string, repairs: RepairLog, preferred: CodePage | undefined): string {
  let out = "";
  let at = 0;
  const word = /[^ \t]+/g;
  for (let m = word.exec(line); m !== null; m = word.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    const mask = pagesWithPairs(line, start, end);
    if (mask === 0) continue;
    const r = pick(readings(line, start, end, mask, false), preferred);
    if (!r) continue;
    logPieces(repairs, r.pieces, r.page);
    // The reading covers a trailing space it may have used; keep the rest of the line.
    const stop = end < line.length && line.charCodeAt(end) === 0x20 ? end + 1 : end;
    out += line.slice(at, start) + r.text;
    at = stop;
    word.lastIndex = stop;
  }
  return at === 0 ? line : out + line.slice(at);
}

/**
 * A line the document's page reads whole without making it worse, when at least two other lines
 * proved that page ("ยฉ REUTERS" is "© REUTERS" through cp874, though neither reading is odd on
 * its own). The document's badness still strictly drops: those lines did.
 */
function throughPreferred(
  line: string,
  preferred: CodePage | undefined,
  votes: Map<CodePage, number>,
  repairs: RepairLog,
): string | undefined {
  if (!preferred || (votes.get(preferred) ?? 0) < 2) return undefined;
  const pieces = decodeRun(line, 0, line.length, preferred, true);
  if (!pieces) return undefined;
  const text = applyPieces(line, pieces);
  if (badness(text) > badness(line)) return undefined;
  logPieces(repairs, pieces, preferred);
  return text;
}

function repairMojibake(text: string, repairs: RepairLog): string {
  if (!SUSPECT.test(text)) return text;
  const lines = text.split("\n");
  // 1. Whole lines through one page; every line's best pages vote for the document's page.
  // Pages in which a line has a lead character followed by a continuation: no other page can
  // read anything in it (typographic quotes and dashes alone never start a sequence).
  const pairs = lines.map((line) =>
    SUSPECT.test(line) ? pagesWithPairs(line, 0, line.length) : 0,
  );
  const whole: Reading[][] = lines.map((line, i) => {
    if (pairs[i] === 0) return [];
    const mask = (pairs[i] as number) & pagesContaining(line, 0, line.length);
    return mask === 0 ? [] : readings(line, 0, line.length, mask, true);
  });
  // A line votes for every page that gives its best reading.
  const votes = new Map<CodePage, number>();
  for (const rs of whole) {
    const best = pick(rs, undefined);
    if (!best) continue;
    for (const r of rs) if (r.text === best.text) votes.set(r.page, (votes.get(r.page) ?? 0) + 1);
  }
  let preferred: CodePage | undefined;
  for (const page of PAGES) {
    const n = votes.get(page) ?? 0;
    if (n > 0 && (!preferred || n > (votes.get(preferred) ?? 0))) preferred = page;
  }
  // 2. Lines no page reads whole, word by word.
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const r = pick(whole[i] as Reading[], preferred);
    let fixed = line;
    if (r) {
      logPieces(repairs, r.pieces, r.page);
      fixed = r.text;
    } else if (pairs[i] !== 0) {
      fixed =
        throughPreferred(line, preferred, votes, repairs) ?? wordByWord(line, repairs, preferred);
    }
    if (fixed !== line) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

function lostBytes(text: string, repairs: RepairLog, lostPages: number): string {
  const pending: LostByteRepair[] = [];
  const next = repairLostEmoji(
    repairLostBytes(text, (r) => pending.push(r), lostPages),
    (r) => pending.push(r),
  );
  if (next === text) return text;
  // Compare the lines that changed (line breaks are never touched).
  const a = text.split("\n");
  const b = next.split("\n");
  let before = 0;
  let after = 0;
  a.forEach((line, i) => {
    if (line !== b[i]) {
      before += badness(line);
      after += badness(b[i] as string);
    }
  });
  // Badness must drop, or at least not grow where the lost-byte pass had evidence it cannot see.
  const sure = pending.every((r) => r.sure);
  if (after > before || (after === before && !sure)) return text;
  for (const r of pending) log(repairs, r.from, r.to, r.rule);
  return next;
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
 * Repairs mojibake (UTF-8 read through any single-byte code page, whole or with lost bytes),
 * then normalizes. Runs to a fixed point, so double-encoded text is fully repaired and a second
 * call changes nothing.
 */
export function repairEncoding(input: string): RepairResult {
  const repairs: RepairLog = new Map();
  // Repair before normalizing (a no-break space may be a byte of a sequence), then once more
  // after it, until nothing changes.
  let text = input.replace(/\r\n?/g, "\n");
  const lostPages = pagesWithoutC1(text);
  for (let pass = 0; pass < 6; pass++) {
    let next = repairMojibake(text, repairs);
    next = lostBytes(next, repairs, lostPages);
    if (next === text) {
      next = normalizeWhitespace(next);
      if (next === text) break;
    }
    text = next;
  }
  return { text, repairs: [...repairs.values()] };
}

/** Repairs and normalizes a single line or block without reporting what changed. */
export function cleanText(input: string): string {
  return repairEncoding(input).text;
}
