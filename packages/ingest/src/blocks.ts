// Plain text to blocks: one block a line, with the layout cues that say what a line is (a
// title, a heading, a list item). HTML gets its blocks from `html.ts` instead.
import type { BlockKind, RawBlock } from "./html";

const LIST_MARKER = /^(?:[-*•‣▪◦]|\d{1,2}[.)])\s+/u;

/** True for a short line without sentence-final punctuation that starts with a capital. */
export function isHeadingLike(text: string): boolean {
  const n = text.split(/\s+/).length;
  return n <= 14 && /^[\p{Lu}\p{N}"“'‘]/u.test(text) && !/[.:;,"”]$/u.test(text);
}

/** Splits repaired plain text into blocks, one a non-empty line. */
export function textToBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] as string).trim();
    if (!trimmed) continue;
    const marker = LIST_MARKER.exec(trimmed);
    if (marker) {
      blocks.push({ text: trimmed.slice(marker[0].length), kind: "list_item", line: i + 1 });
      continue;
    }
    blocks.push({ text: trimmed, line: i + 1 });
  }
  return blocks;
}

/** Fills in missing kinds: the first heading-like block is the title, later ones headings. */
export function assignKinds(blocks: RawBlock[]): (RawBlock & { kind: BlockKind })[] {
  let sawTitle = blocks.some((b) => b.kind === "title");
  return blocks.map((b, i) => {
    if (b.kind) {
      if (b.kind === "heading" && !sawTitle && i === 0) {
        sawTitle = true;
        return { ...b, kind: "title" };
      }
      return b as RawBlock & { kind: BlockKind };
    }
    if (isHeadingLike(b.text)) {
      if (!sawTitle) {
        sawTitle = true;
        return { ...b, kind: "title" };
      }
      return { ...b, kind: "heading" };
    }
    sawTitle = true;
    return { ...b, kind: "paragraph" };
  });
}
