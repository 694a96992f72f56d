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
import { repairLostBytes } from "./encoding/lost-bytes";
import type { CodePage } from "./encoding/tables";

type RepairLog = Map<string, EncodingRepair>;

function log(repairs: RepairLog, from: string, to: string, rule: string): void {
  const key = `${rule}\u0000${from}`;
  const seen = repairs.get(key);
  if (seen) seen.count += 1;
  else repairs.set(key, { from, to, rule, count: 1 });
}

function logPieces(repairs: RepairLog, pieces: Piece[], page: CodePage): void {
  for (const p of pieces) {
    const rule = p.space ? `${page.name}-lost-bytes:nbsp` : `utf8-as-${page.name}`;
    log(repairs, p.from, p.to, rule);
  }
}

// Most text is ASCII plus a few characters no page puts at a lead byte; skip it at once.
const SUSPECT =
  /[\u0080-\u00ff\u0100-\u017f\u0192\u02c6\u02dc\u0370-\u03ff\u0400-\u04ff\u05b0-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u2018-\u203a\u20ac\u2122\u2190-\u25ff\ufffd]/;

const MIN_BADNESS = 2;

/** The best page's reading of s[start, end) when it lowers badness, else undefined. */
function bestReading(
  s: string,
  start: number,
  end: number,
  mask: number,
  whole: boolean,
): { page: CodePage; pieces: Piece[]; text: string } | undefined {
  // Include a trailing space a lead may have used as its 0xA0.
  const stop = end < s.length && s.charCodeAt(end) === 0x20 ? end + 1 : end;
  const original = s.slice(start, stop);
  const before = badness(original);
  // One weak sign (a capital after a lowercase letter) is not enough to rewrite anything.
  if (before < MIN_BADNESS) return undefined;
  let best: { page: CodePage; pieces: Piece[]; text: string } | undefined;
  let bestScore = before;
  for (const page of PAGES) {
    if ((mask & page.bit) === 0) continue;
    const pieces = decodeRun(s, start, end, page, whole);
    if (!pieces) continue;
    const text = applyPieces(s, pieces, start, stop);
    const score = badness(text);
    if (score < bestScore) {
      best = { page, pieces, text };
      bestScore = score;
    }
  }
  return best;
}

function repairLine(line: string, repairs: RepairLog): string {
  if (!SUSPECT.test(line)) return line;
  // 1. The whole line through one page.
  const whole = pagesContaining(line, 0, line.length);
  if (whole !== 0) {
    const r = bestReading(line, 0, line.length, whole, true);
    if (r) {
      logPieces(repairs, r.pieces, r.page);
      return r.text;
    }
  }
  // 2. Word by word.
  let out = "";
  let at = 0;
  const word = /[^ \t]+/g;
  for (let m = word.exec(line); m !== null; m = word.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    const mask = pagesWithPairs(line, start, end);
    if (mask === 0) continue;
    const r = bestReading(line, start, end, mask, false);
    if (!r) continue;
    logPieces(repairs, r.pieces, r.page);
    // bestReading's text covers a trailing space it may have used; keep the rest of the line.
    const stop = end < line.length && line.charCodeAt(end) === 0x20 ? end + 1 : end;
    out += line.slice(at, start) + r.text;
    at = stop;
    word.lastIndex = stop;
  }
  return at === 0 ? line : out + line.slice(at);
}

function repairMojibake(text: string, repairs: RepairLog): string {
  if (!SUSPECT.test(text)) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fixed = repairLine(line, repairs);
    if (fixed !== line) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

function lostBytes(text: string, repairs: RepairLog): string {
  const pending: { from: string; to: string; rule: string }[] = [];
  const next = repairLostBytes(text, (r) => pending.push(r));
  if (next === text || badness(next) > badness(text)) return text;
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
  for (let pass = 0; pass < 6; pass++) {
    let next = repairMojibake(text, repairs);
    next = lostBytes(next, repairs);
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
