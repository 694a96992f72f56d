// Re-decoding runs of characters as the UTF-8 bytes a wrong code page turned into them.
import { CONT_MASK, type CodePage, IN_MASK, LEAD_MASK, PAGES } from "./tables";

/** One UTF-8 sequence read back: the code point, how many characters it spanned. */
export type Hit = {
  cp: number;
  length: number;
  /** The last byte was 0xA0 and is now a plain space (kept in the text). */
  space: boolean;
};

function assemble(lead: number, conts: number[]): number {
  const b1 = conts[0] as number;
  // Reject overlong forms, surrogates and code points past U+10FFFF, as a strict decoder would.
  if (lead === 0xe0 && b1 < 0xa0) return -1;
  if (lead === 0xed && b1 > 0x9f) return -1;
  if (lead === 0xf0 && b1 < 0x90) return -1;
  if (lead === 0xf4 && b1 > 0x8f) return -1;
  let cp = conts.length === 1 ? lead & 0x1f : conts.length === 2 ? lead & 0x0f : lead & 0x07;
  for (const b of conts) cp = (cp << 6) | (b & 0x3f);
  // A noncharacter or private-use character is never what the writer meant. (A C1 control may
  // be: the middle layer of double encoding, "Â\u0081" in "Ã‘Â\u0081" for с; badness weighs it.)
  if (cp === 0xfffe || cp === 0xffff || (cp >= 0xe000 && cp <= 0xf8ff)) return -1;
  return cp;
}

/**
 * Whether a plain space after the lead at `i` may have been byte 0xA0 (a no-break space turned
 * into a space): only for the readings that are common words or letters, "\u00a0" (C2 A0), "à"
 * (C3 A0), "Π" (CE A0), "Р" (D0 A0) and Thai "ภ" (E0 B8 A0), and, except for "à", only when the
 * lead is glued to the text before it ("YOUTUBE.Β "), since a lone letter before a space is
 * usually a word ("Η", "В"). Never after E2 xx: "â¦ " is "… " that lost a byte, not "⦠".
 */
function spaceMayBeA0(s: string, i: number, lead: number): boolean {
  if (lead === 0xe0 || lead === 0xc3) return true;
  if (lead !== 0xc2 && lead !== 0xce && lead !== 0xd0) return false;
  return i > 0 && !/\s/.test(s[i - 1] as string);
}

/**
 * Reads the UTF-8 sequence starting at `i` through `page`, or undefined. A U+FFFD may stand for
 * a byte the page leaves undefined; a plain space may stand for a final 0xA0 (a no-break space
 * that was normalized), up to and including `limit`, the end of the run being looked at.
 */
export function decodeAt(s: string, i: number, limit: number, page: CodePage): Hit | undefined {
  const lead = page.toByte[s.charCodeAt(i)] as number;
  if (lead < 0xc2 || lead > 0xf4) return undefined;
  const n = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  const conts: number[] = [];
  let wildAt = -1;
  let space = false;
  for (let k = 1; k <= n; k++) {
    const j = i + k;
    if (j > limit || j >= s.length) return undefined;
    const c = s.charCodeAt(j);
    if (c === 0x20 && k === n && page.a0IsNbsp && spaceMayBeA0(s, i, lead)) {
      space = true;
      conts.push(0xa0);
      continue;
    }
    if (j === limit) return undefined;
    if (c === 0xfffd && page.wild.length > 0 && wildAt < 0) {
      wildAt = k - 1;
      conts.push(0);
      continue;
    }
    const b = page.toByte[c] as number;
    if (b < 0x80 || b > 0xbf) return undefined;
    conts.push(b);
  }
  let cp = -1;
  if (wildAt >= 0) {
    for (const w of page.wild) {
      conts[wildAt] = w;
      cp = assemble(lead, conts);
      if (cp >= 0) break;
    }
  } else {
    cp = assemble(lead, conts);
  }
  if (cp < 0) return undefined;
  return { cp, length: n + 1 - (space ? 1 : 0), space };
}

/** A decoded piece: where it was, what it said, what it says now. */
export type Piece = { start: number; end: number; from: string; to: string; space: boolean };

/** Decodes every sequence `page` can read in s[start, end); undefined when there is none. */
export function decodeRun(
  s: string,
  start: number,
  end: number,
  page: CodePage,
  whole: boolean,
): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const hit = decodeAt(s, i, end, page);
    if (!hit) {
      // A lone 0xE2 lead is what lost-byte damage leaves of punctuation (lost-bytes.ts repairs
      // it): the rest of the line may still be read whole.
      if (whole && s[i] !== page.e2) return undefined;
      continue;
    }
    const to = hit.cp === 0xfeff ? "" : String.fromCodePoint(hit.cp);
    pieces.push({
      start: i,
      end: i + hit.length,
      from: s.slice(i, i + hit.length),
      to,
      space: hit.space,
    });
    i += hit.length - 1;
  }
  return pieces.length > 0 ? pieces : undefined;
}

/** s with the pieces replaced. */
export function applyPieces(s: string, pieces: Piece[], start = 0, end = s.length): string {
  let out = "";
  let at = start;
  for (const p of pieces) {
    out += s.slice(at, p.start) + p.to;
    at = p.end;
  }
  return out + s.slice(at, end);
}

/**
 * Pages in which s[start, end) could be a whole misread: every non-ASCII character exists in
 * the page. A cheap filter before trying to decode.
 */
export function pagesContaining(s: string, start: number, end: number): number {
  let mask = -1;
  let any = false;
  for (let i = start; i < end && mask !== 0; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    any = true;
    mask &= IN_MASK[c] as number;
  }
  return any ? mask : 0;
}

/** Pages in which s[start, end) has at least one lead character followed by a continuation. */
export function pagesWithPairs(s: string, start: number, end: number): number {
  let mask = 0;
  for (let i = start; i + 1 < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const lead = LEAD_MASK[c] as number;
    if (lead === 0) continue;
    const next = s.charCodeAt(i + 1);
    mask |= lead & (next === 0x20 ? -1 : (CONT_MASK[next] as number));
  }
  // A lead right before the end may pair with a following space (a normalized 0xA0).
  if (end > start && end < s.length && s.charCodeAt(end) === 0x20) {
    mask |= LEAD_MASK[s.charCodeAt(end - 1)] as number;
  }
  return mask;
}

export { PAGES };
