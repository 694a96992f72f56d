// Lookup tables built once from the generated code pages: for every page, the byte each
// character stands for, and for every character, the pages in which it is a UTF-8 lead byte or
// a continuation byte. All code-page characters are in the BMP, so flat typed arrays indexed by
// UTF-16 code unit do the job without hashing.
import { CODE_PAGES } from "./codepages.generated";

/** A code page ready for reverse lookups. */
export type CodePage = {
  name: string;
  label: string;
  bit: number;
  /** Character code → byte (0 when the page has no such character above 0x7F). */
  toByte: Uint8Array;
  /** Continuation bytes (0x80–0xBF) the page leaves undefined: what a U+FFFD there may have been. */
  wild: number[];
  /** Whether byte 0xA0 is a no-break space (so a space after a lead character may be one). */
  a0IsNbsp: boolean;
  /** The characters of bytes 0xE2 and 0xC2, the leads the lost-byte damage leaves alone. */
  e2: string;
  c2: string;
  /** The character of 0x80 (the second byte of most punctuation, E2 80 xx). */
  x80: string;
  /** The character of 0xF0, the lead of every emoji (F0 9F xx xx). */
  f0: string;
  /** Bytes 0x80–0x9F the page leaves undefined: a decoder makes them C1 controls, often lost. */
  undefinedC1: number[];
};

const SIZE = 0x10000;
/** Bit i: the character is a lead byte (0xC2–0xF4) in page i. */
export const LEAD_MASK = new Uint32Array(SIZE);
/** Bit i: the character is a continuation byte (0x80–0xBF) in page i (U+FFFD where undefined). */
export const CONT_MASK = new Uint32Array(SIZE);
/** Bit i: the character exists in page i above 0x7F. */
export const IN_MASK = new Uint32Array(SIZE);
/**
 * Bit i: the character is a byte 0xA0–0xFF of page i. Text that lost its bytes 0x80–0x9F (an ISO
 * decoder made them C1 controls, then they were stripped) holds only such characters.
 */
export const HIGH_MASK = new Uint32Array(SIZE);

function build(): CodePage[] {
  return CODE_PAGES.map((t, index) => {
    const bit = 1 << index;
    const toByte = new Uint8Array(SIZE);
    const chars = [...t.high];
    const wild: number[] = [];
    chars.forEach((ch, k) => {
      const byte = 0x80 + k;
      const code = ch.charCodeAt(0);
      if (code === 0xfffd) {
        if (byte <= 0xbf) wild.push(byte);
        return;
      }
      toByte[code] = byte;
    });
    // Undefined bytes 0x80–0x9F often survive as the C1 control of the same number (ISO-8859
    // decoders, latin-1 read for windows-1252): map each C1 control the page leaves free back.
    for (let b = 0x80; b <= 0x9f; b++) {
      const ch = chars[b - 0x80] as string;
      if (toByte[b] === 0 && (ch === "\ufffd" || ch.charCodeAt(0) === b)) toByte[b] = b;
    }
    for (let c = 0x80; c < SIZE; c++) {
      const b = toByte[c] as number;
      if (b === 0) continue;
      IN_MASK[c] = (IN_MASK[c] as number) | bit;
      if (b >= 0xc2 && b <= 0xf4) LEAD_MASK[c] = (LEAD_MASK[c] as number) | bit;
      if (b >= 0x80 && b <= 0xbf) CONT_MASK[c] = (CONT_MASK[c] as number) | bit;
      if (b >= 0xa0) HIGH_MASK[c] = (HIGH_MASK[c] as number) | bit;
    }
    // An undefined byte 0xA0–0xFF decodes to U+FFFD (cp1257's 0xA1 and 0xA5).
    if (chars.some((ch, k) => k >= 0x20 && ch === "\ufffd")) {
      HIGH_MASK[0xfffd] = (HIGH_MASK[0xfffd] as number) | bit;
    }
    if (wild.length > 0) {
      CONT_MASK[0xfffd] = (CONT_MASK[0xfffd] as number) | bit;
      IN_MASK[0xfffd] = (IN_MASK[0xfffd] as number) | bit;
    }
    return {
      name: t.name,
      label: t.label,
      bit,
      toByte,
      wild,
      a0IsNbsp: chars[0x20] === "\u00a0",
      e2: chars[0x62] as string,
      c2: chars[0x42] as string,
      x80: chars[0] as string,
      f0: chars[0x70] as string,
      undefinedC1: chars
        .slice(0, 0x20)
        .flatMap((ch, k) => (ch === "\ufffd" || ch.charCodeAt(0) === 0x80 + k ? [0x80 + k] : [])),
    };
  });
}

/** Every code page, in tie-break order (bit i is PAGES[i]). */
export const PAGES: readonly CodePage[] = build();

const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;

/** Matches any character some page has above 0x7F: text without one cannot be mojibake. */
export const SUSPECT: RegExp = (() => {
  let ranges = "";
  for (let c = 0x80; c < SIZE; c++) {
    if (IN_MASK[c] === 0) continue;
    let end = c;
    while (end + 1 < SIZE && IN_MASK[end + 1] !== 0) end++;
    ranges += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  return new RegExp(`[${ranges}]`);
})();
