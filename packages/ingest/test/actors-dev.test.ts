/**
 * The actors tuning set (test/actors-dev): 37 real pages in six languages with the main event's
 * initiator and target labelled by hand. The actor rules were developed on it, so this is a
 * floor against regressions, not a measure (the corpus test split is): it fails when the share
 * of labelled roles found falls below what the rules reached, overall or in one language.
 */
import { describe, expect, it } from "vitest";
import { actorTotals, loadActorPages, scoreActorPage } from "./actors-dev/score";

/** Reached 2026-11-29 (matched / labelled): the floor per language and over all pages. */
const FLOORS: Record<string, number> = {
  all: 0.79,
  de: 1,
  en: 0.66,
  es: 0.75,
  fr: 0.83,
  it: 0.63,
  pt: 0.9,
};

const pages = loadActorPages();
const scores = pages.map(scoreActorPage);
const totals = actorTotals(scores);

describe("the actors tuning set", () => {
  it("has 25+ labelled pages, at least five in each of the six languages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    for (const lang of ["de", "en", "es", "fr", "it", "pt"])
      expect(pages.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.entries(FLOORS))("%s: initiator and target found at or above %s", (key, floor) => {
    const t = totals.get(key);
    expect(t, key).toBeDefined();
    const share = (t?.num ?? 0) / (t?.den ?? 1);
    if (share < floor)
      console.log(
        scores
          .filter((s) => key === "all" || s.language === key)
          .flatMap((s) =>
            s.roles
              .filter((r) => !r.ok)
              .map((r) => `${s.slug} ${r.role} ${r.want} got ${r.got.join(", ")}`),
          )
          .join("\n"),
      );
    expect(share).toBeGreaterThanOrEqual(floor);
  });
});
