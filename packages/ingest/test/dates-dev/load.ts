// The date-only dev set (see README.md): real pages with the main event's date and the
// publication date noted by hand, to tune the date rules on more pages than the corpus's dev
// split holds. Validated on load: every date is a PartialDate and every evidence quote is in
// the text.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IngestResult } from "@factline/domain";
import { parsePartialDate } from "@factline/domain";
import { z } from "zod";
import { ingest } from "../../src/index";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "pages");

const DateString = z.string().refine((s) => parsePartialDate(s).ok, "not a PartialDate");

/** One page of the date-only dev set. */
export const DatesDevPageSchema = z.object({
  url: z.string().url(),
  language: z.string().length(2),
  /** When the main event happened, as the text states it (resolved against the page's date). */
  mainEventDate: DateString,
  /** The publication date the page (or its URL) states, at its precision; null when none. */
  publishedDate: DateString.nullable(),
  /** The words that state each date; "url" when the address states the publication date. */
  evidence: z.object({ mainEvent: z.string(), published: z.string().nullable() }),
  /** Collected after the rules were final and never tuned on (a held-out check). */
  heldOut: z.boolean().optional(),
  /** The page text exactly as the search returned it. */
  text: z.string(),
});
export type DatesDevPage = z.infer<typeof DatesDevPageSchema> & { slug: string };

/** Loads every page; throws on a page that breaks the schema or quotes text it does not hold. */
export function loadDatesDev(): DatesDevPage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.json$/, "");
      const page = DatesDevPageSchema.parse(JSON.parse(readFileSync(join(DIR, f), "utf8")));
      if (!page.text.includes(page.evidence.mainEvent))
        throw new Error(`${slug}: main-event evidence not in the text`);
      const pub = page.evidence.published;
      if (pub && pub !== "url" && !page.text.includes(pub))
        throw new Error(`${slug}: publication evidence not in the text`);
      return { ...page, slug };
    });
}

/** Hits over pages, per language and for all. */
export type DatesDevScore = Record<string, { pages: number; main: number; published: number }>;

/** What ingest says about one page. */
export type DatesDevRun = {
  page: DatesDevPage;
  result: IngestResult;
  main: string | null;
  published: string | null;
};

export function runDatesDev(pages: DatesDevPage[]): DatesDevRun[] {
  return pages.map((page) => {
    const result = ingest({ text: page.text, url: page.url });
    return {
      page,
      result,
      main: result.mainEvent?.date?.value ?? null,
      published: result.article.publishedDate?.value ?? null,
    };
  });
}

/** Main-event date exact and publication date exact (null equals null), per language. */
export function scoreDatesDev(runs: DatesDevRun[]): DatesDevScore {
  const out: DatesDevScore = {};
  for (const r of runs) {
    for (const key of [r.page.language, "all", ...(r.page.heldOut ? ["held-out"] : [])]) {
      const s = out[key] ?? { pages: 0, main: 0, published: 0 };
      s.pages += 1;
      if (r.main === r.page.mainEventDate) s.main += 1;
      if (r.published === r.page.publishedDate) s.published += 1;
      out[key] = s;
    }
  }
  return out;
}
