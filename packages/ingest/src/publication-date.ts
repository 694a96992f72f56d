// The page's own publication date, when the caller gave none: a leading "date 2022-10" marker
// (stored search excerpts), a "Published / Publicado / Publié / Veröffentlicht / Pubblicato …"
// line, a dateline at the top of the page ("October 7, 2021", "27.9.2018", "/ viernes 7 de
// junio de 2024", "16 mai, 2023 - 12:31 • Name"), or a publication line at its foot ("Diese
// Nachricht wurde am 28.06.2023 … gesendet", "Ultimo aggiornamento: Martedì 29 Novembre 2022").
// It anchors relative dates ("ayer", "ce jeudi"). `publicationDate` weighs it against the
// caller's date, the page's metadata and the date in its address.
import type { IngestResult, PartialDate } from "@factline/domain";
import { articleDay, findDates } from "./dates";
import { urlEvidence } from "./url";

// "Published" in each language, and the update labels (an update date is still the page's day
// when nothing else is found, so those come second).
const PUBLISHED =
  /^(?:[|/•·\s-]*)(?:published|posted|date|publicado(?:\s+(?:el|em|a|o))?|publicada|publié(?:e)?(?:\s+le)?|mis en ligne(?:\s+le)?|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|pubblicato(?:\s+il)?|data|δημοσιεύθηκε|δημοσίευση)[:\s]/iu;
const UPDATED =
  /^(?:[|/•·\s-]*)(?:updated|last updated|actualizado|actualizada|última actualización|atualizado|última atualização|mis à jour|aktualisiert|zuletzt aktualisiert|stand|aggiornato|ultimo aggiornamento|ενημερώθηκε|τελευταία ενημέρωση)[:\s]/iu;
// A publication line at the page's foot names what was published, sent or broadcast when,
// anywhere in a short block ("Diese Nachricht wurde am … gesendet", "Cet article a été publié
// le …", "This story was published on …").
const FOOT_PUBLISHED =
  /(?<!\p{L})(?:gesendet|ausgestrahlt|veröffentlicht|erschienen|published|posted|broadcast|publicad[oa]|publié(?:e)?|pubblicat[oa]|δημοσιεύθηκε)(?!\p{L})/iu;
// A time stamp right after a date: "23/01/2023 21h42", "27 de enero de 2021, 11:43", "… 2023 -
// 12:31", "… 2025 às 16:58".
const TIME_AFTER =
  /^\s*(?:[,|•·–—-]\s*)?(?:(?:à|às|a las|alle|um|at|στις)\s+)?(?:[01]?\d|2[0-3])[:hH.][0-5]\d(?!\d)/u;
// An embedded post's attribution ("— Name (@handle) April 30, 2022") dates the post, not the
// page.
const POST_ATTRIBUTION = /(?:^|\s)@\w|^\s*[—–]\s/u;

/** Where the page date came from. */
export type PageDate = {
  date: PartialDate;
  how: "marker" | "published" | "dateline" | "updated" | "foot";
};

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
  // A dateline: a short block at the top that is mostly its date, or whose date carries its time
  // ("Leiliane Lopes - 23/01/2023 21h42 | atualizado em 24/01/2023 10h16").
  for (const text of top.slice(0, 8)) {
    if (text.length > 120 || POST_ATTRIBUTION.test(text)) continue;
    const d = dayIn(text);
    if (!d) continue;
    const rest = (text.slice(0, d.start) + text.slice(d.end)).replace(/[\d\s|/•·:,.()-]+/g, " ");
    const words = rest.trim().split(/\s+/).filter(Boolean);
    const stamped = TIME_AFTER.test(text.slice(d.end));
    if ((text.length <= 70 && words.length <= 4) || stamped)
      return { date: d.date, how: "dateline" };
  }
  // The foot: the last blocks, after the article.
  for (const text of blocks.slice(-6).reverse()) {
    if (text.length > 200 || POST_ATTRIBUTION.test(text)) continue;
    if (FOOT_PUBLISHED.test(text) || PUBLISHED.test(text)) {
      const d = dayIn(text);
      if (d) return { date: d.date, how: "foot" };
    } else if (UPDATED.test(text) && !updated) {
      updated = dayIn(text)?.date ?? null;
    }
  }
  if (updated) return { date: updated, how: "updated" };
  if (marker) return { date: marker, how: "marker" };
  return null;
}

/** The article's publication date, where it came from, and the day relative dates count from. */
export type Publication = {
  date: PartialDate | null;
  source: IngestResult["article"]["publishedDateSource"];
  /** A day to resolve "ayer", "ce jeudi" against (the publication day, else the best guess). */
  anchor: PartialDate | null;
};

const DAY_MS = 86_400_000;
const dayMs = (d: PartialDate) => Date.parse(`${d.earliest}T00:00:00Z`);

/**
 * Decides the publication date: the caller's, the page metadata's, the page's own (text), the
 * address's. A date at the top of the page that lies days after the date in the address is the
 * day the page was read (a site header's "jueves 21 ene 2021"), not its publication: the address
 * was fixed when the article was published, so it wins then.
 */
export function publicationDate(input: {
  publishedAt?: string | null;
  metaPublishedTime?: string | null;
  blocks: string[];
  url?: string | null;
  lang?: string | null;
}): Publication {
  const decided = (date: PartialDate | null, source: Publication["source"]): Publication => ({
    date,
    source: date ? source : null,
    anchor:
      date?.precision === "day" ? date : (findAnchorDay(input.blocks, input.lang) ?? date ?? null),
  });
  const given = articleDay(input.publishedAt);
  if (given) return decided(given, "input");
  const meta = articleDay(input.metaPublishedTime);
  if (meta) return decided(meta, "meta");
  const page = findPageDate(input.blocks, input.lang);
  const fromUrl = urlEvidence(input.url).date;
  if (page?.date.precision === "day") {
    const readDay =
      fromUrl?.precision === "day" &&
      (page.how === "dateline" || page.how === "updated") &&
      dayMs(page.date) - dayMs(fromUrl) > 2 * DAY_MS;
    return readDay ? decided(fromUrl, "url") : decided(page.date, "text");
  }
  if (fromUrl?.precision === "day") return decided(fromUrl, "url");
  if (page) return decided(page.date, "text");
  return decided(fromUrl, "url");
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
