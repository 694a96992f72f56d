// The page's own publication date, when the caller gave none: a leading "date 2022-10" marker
// (stored search excerpts), a "Published / Publicado / Publié / Veröffentlicht / Pubblicato …"
// line, or a dateline at the top of the page ("October 7, 2021", "27.9.2018", "/ viernes 7 de
// junio de 2024", "16 mai, 2023 - 12:31 • Name"). It anchors relative dates ("ayer", "ce jeudi").
import type { PartialDate } from "@factline/domain";
import { articleDay, findDates } from "./dates";

// "Published" in each language, and the update labels (an update date is still the page's day
// when nothing else is found, so those come second).
const PUBLISHED =
  /^(?:[|/•·\s-]*)(?:published|posted|date|publicado(?:\s+(?:el|em|a|o))?|publicada|publié(?:e)?(?:\s+le)?|mis en ligne(?:\s+le)?|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|pubblicato(?:\s+il)?|data|δημοσιεύθηκε|δημοσίευση)[:\s]/iu;
const UPDATED =
  /^(?:[|/•·\s-]*)(?:updated|last updated|actualizado|actualizada|última actualización|atualizado|última atualização|mis à jour|aktualisiert|stand|aggiornato|ενημερώθηκε|τελευταία ενημέρωση)[:\s]/iu;

/** Where the page date came from. */
export type PageDate = { date: PartialDate; how: "marker" | "published" | "dateline" | "updated" };

const MARKER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b/;
// A full date writes its year (or a two-digit one in a numeric date); blocks without one are
// skipped before the date rules run.
const HAS_YEAR = /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/;

/**
 * The publication date stated in the page's first blocks (raw, before boilerplate removal), or
 * null. `lang` picks the date tables.
 */
export function findPageDate(blocks: string[], lang?: string | null): PageDate | null {
  const top = blocks.slice(0, 12);
  const first = top[0] ? MARKER.exec(top[0]) : null;
  const marker = first ? articleDay(first[1]) : null;
  if (marker?.precision === "day") return { date: marker, how: "marker" };
  const dayIn = (text: string) =>
    !HAS_YEAR.test(text)
      ? undefined
      : (findDates(text, null, lang).find((d) => d.date.precision === "day" && !d.relative) ??
        (lang && lang !== "en"
          ? findDates(text, null, "en").find((d) => d.date.precision === "day" && !d.relative)
          : undefined));
  let updated: PartialDate | null = null;
  for (const text of top) {
    if (text.length > 160) continue;
    if (PUBLISHED.test(text)) {
      const d = dayIn(text);
      if (d) return { date: d.date, how: "published" };
    } else if (UPDATED.test(text) && !updated) {
      updated = dayIn(text)?.date ?? null;
    }
  }
  // A dateline: a short block at the top that is mostly its date.
  for (const text of top.slice(0, 8)) {
    if (text.length > 70) continue;
    const d = dayIn(text);
    if (!d) continue;
    const rest = (text.slice(0, d.start) + text.slice(d.end)).replace(/[\d\s|/•·:,.()-]+/g, " ");
    const words = rest.trim().split(/\s+/).filter(Boolean);
    if (words.length <= 4) return { date: d.date, how: "dateline" };
  }
  if (updated) return { date: updated, how: "updated" };
  if (marker) return { date: marker, how: "marker" };
  return null;
}

/**
 * A day to anchor relative dates ("ce jeudi", "nesta sexta-feira (22)") on when the page states
 * no publication date: the first full date written near the top (a caption, an embedded post's
 * date). Not reported as the publication date.
 */
export function findAnchorDay(blocks: string[], lang?: string | null): PartialDate | null {
  for (const block of blocks.slice(0, 20)) {
    const y = HAS_YEAR.exec(block);
    if (!y) continue;
    // Only the words around the first year: the date rules are the costly step.
    const text = block.slice(Math.max(0, y.index - 40), y.index + 12);
    const d =
      findDates(text, null, lang).find((x) => x.date.precision === "day" && !x.relative) ??
      (lang && lang !== "en"
        ? findDates(text, null, "en").find((x) => x.date.precision === "day" && !x.relative)
        : undefined);
    if (d) return d.date;
  }
  return null;
}
