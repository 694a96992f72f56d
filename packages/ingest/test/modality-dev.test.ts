// The modality-dev tuning set (test/modality-dev, 273 hand-labelled sentences of real columns,
// editorials and news in six languages): the scores the rules reached, as floors, and the pages
// each new modality family fires on. It is a tuning set (the rules were fitted to it); the
// measure is the corpus test split (test/corpus-quality.test.ts).
import { describe, expect, it } from "vitest";
import { detectModality } from "../src/modality";
import { loadCorpus } from "./corpus/load";
import {
  formatModalityDev,
  loadModalityDev,
  loadModalityHoldout,
  type Ratio,
  scoreModalityDev,
} from "./modality-dev/score";

const pages = loadModalityDev();
const score = scoreModalityDev(pages, (text, lang) => detectModality(text, lang));

// Reached on 2026-11-29: precision as a share (rounded down), recall as a count of the fixed
// gold. Before the subjectivity score and the reported-hedge families: hedged 55/82, opinion
// 44/117, assertions kept 55/66 (all languages); opinion recall 0.16, hedged recall 0.67.
const CLASS_FLOORS: Record<string, { precision: number; recall: number }> = {
  assertion: { precision: 0.51, recall: 55 },
  hedged: { precision: 0.77, recall: 60 },
  opinion: { precision: 0.92, recall: 57 },
  prediction: { precision: 0.31, recall: 7 },
  question: { precision: 1, recall: 8 },
};
// Per language: gold hedged + predictions, opinions and questions not called an assertion, and
// gold assertions kept (the cost side).
const LANGUAGE_FLOORS: Record<string, { hedged: number; opinion: number; assertionKept: number }> =
  {
    all: { hedged: 71, opinion: 77, assertionKept: 55 },
    de: { hedged: 11, opinion: 11, assertionKept: 16 },
    en: { hedged: 11, opinion: 12, assertionKept: 10 },
    es: { hedged: 12, opinion: 14, assertionKept: 6 },
    fr: { hedged: 8, opinion: 12, assertionKept: 10 },
    it: { hedged: 14, opinion: 18, assertionKept: 5 },
    pt: { hedged: 15, opinion: 10, assertionKept: 8 },
  };

const at = (r: Ratio | undefined) => r?.num ?? 0;

describe("modality-dev", () => {
  it("is a labelled set of 150+ sentences in the six languages", () => {
    const sentences = pages.flatMap((p) => p.sentences);
    expect(sentences.length).toBeGreaterThanOrEqual(150);
    expect(new Set(pages.map((p) => p.language))).toEqual(
      new Set(["en", "es", "fr", "pt", "de", "it"]),
    );
    for (const label of ["assertion", "hedged", "opinion", "prediction", "question"])
      expect(
        sentences.some((s) => s.label === label),
        label,
      ).toBe(true);
  });

  it.each(Object.entries(CLASS_FLOORS))("class %s keeps its precision and recall", (c, floor) => {
    const s = score.classes[c as keyof typeof score.classes];
    const table = formatModalityDev(score);
    expect(s.precision.value, `${c} precision\n${table}`).toBeGreaterThanOrEqual(floor.precision);
    expect(at(s.recall), `${c} recall\n${table}`).toBeGreaterThanOrEqual(floor.recall);
  });

  it.each(Object.entries(LANGUAGE_FLOORS))("language %s keeps its scores", (lang, floor) => {
    const s = score.languages[lang];
    expect(s, lang).toBeDefined();
    const table = formatModalityDev(score);
    expect(at(s?.hedged), `${lang} hedged\n${table}`).toBeGreaterThanOrEqual(floor.hedged);
    expect(at(s?.opinion), `${lang} opinion\n${table}`).toBeGreaterThanOrEqual(floor.opinion);
    expect(at(s?.assertionKept), `${lang} assertions\n${table}`).toBeGreaterThanOrEqual(
      floor.assertionKept,
    );
  });
});

// The held-out pages (test/modality-dev/holdout): labelled after the rules were written; no rule
// was changed to raise its score. Before this work the same pages gave opinions not asserted
// 19/53, the first version 23/53, the final one (made more careful for claims) 22/53.
describe("modality-dev holdout", () => {
  const holdout = scoreModalityDev(loadModalityHoldout(), (text, lang) =>
    detectModality(text, lang),
  );
  it("keeps what it reached on opinions, questions and assertions", () => {
    const all = holdout.languages.all;
    const table = formatModalityDev(holdout);
    expect(at(all?.opinion), table).toBeGreaterThanOrEqual(22);
    expect(at(all?.question), table).toBeGreaterThanOrEqual(3);
    expect(at(all?.assertionKept), table).toBeGreaterThanOrEqual(4);
  });
});

// Each modality family added for issue 9's point 3 fires on sentences of at least two pages that
// are not the seed: modality-dev pages (md:<slug>) or corpus dev pages (corpus:<slug>).
const FAMILIES: [family: string, cues: string[], pages: [string, string, ...string[]]][] = [
  [
    "evaluative language (subjectivity score)",
    ["opinion:evaluative language", "opinion:evaluative language (dense)"],
    [
      "corpus:es-opinion-elecciones-mexico-2024",
      "corpus:fr-election-trump-reactions-linfo",
      "md:de-kommentar-bundesregierung-am-ende",
      "md:en-editorial-power-of-government-gazette",
      "md:es-opinion-verguenza-hoy",
      "md:fr-edito-gouvernement-officiel-franchise",
      "md:it-commento-governo-coperta-corta-formiche",
      "md:pt-artigo-que-pais-e-este-sampi",
    ],
  ],
  [
    "fr: an unnamed source",
    ["hedge:source"],
    ["md:fr-macron-quitte-gouvernement-algerieeco", "md:fr-remaniement-bayrou-lacote"],
  ],
  [
    "it: fonti, si apprende",
    ["hedge:fonti"],
    ["md:it-bollette-benzina-lastampa", "md:it-scostamento-ristori-ansa"],
  ],
  [
    "es: fuentes, versions, the conditional -rían",
    ["hedge:fuentes"],
    [
      "corpus:es-galilea-montijo-instagram-acapulco",
      "corpus:es-moncloa-discurso-asamblea-onu",
      "md:es-toque-de-queda-decreto-canalsiete",
    ],
  ],
  [
    "pt: fontes, cogitado, incógnita",
    ["hedge:fontes"],
    [
      "md:pt-fufuca-ministro-werbeth",
      "md:pt-mexidas-governo-sicnoticias",
      "md:pt-temer-ministros-fonte-reuters",
    ],
  ],
  [
    "de: a media report as source",
    ["hedge:Bericht"],
    ["md:de-glos-abgeloest-laut-sz-dpa", "md:de-jung-ruecktritt-hinweise-dpa"],
  ],
  [
    "de: 'wird … <infinitive>.' at a sentence's end",
    ["prediction:werden"],
    ["corpus:de-pressemitteilung-anschlag-tunis-aa", "md:de-roettgen-ruecktritt-kreise-dts"],
  ],
  [
    "fr: obligation",
    ["opinion:obligation"],
    ["md:fr-blog-dissolution-pourrissement", "md:fr-edito-gouvernement-officiel-franchise"],
  ],
  [
    "es: obligation",
    ["opinion:obligación"],
    ["corpus:es-opinion-elecciones-mexico-2024", "md:es-editorial-gobierno-oposicion-elnacional"],
  ],
];

const corpus = new Map(
  loadCorpus()
    .pages.filter((p) => p.gold.split === "dev" && p.gold.origin.type === "real")
    .map((p) => [p.slug, p]),
);
const md = new Map(pages.map((p) => [p.slug, p]));

function sentencesOf(ref: string): { text: string; lang: string }[] {
  const [set, slug = ""] = ref.split(":");
  if (set === "md") {
    const p = md.get(slug);
    if (!p) throw new Error(`no modality-dev page ${slug}`);
    return p.sentences.map((s) => ({ text: s.text, lang: p.language }));
  }
  const p = corpus.get(slug);
  if (!p) throw new Error(`no dev corpus page ${slug}`);
  // Lines as sentences are enough here: the families are tested on whole corpus lines' sentences.
  return p.text
    .split(/\n|(?<=[.!?])\s+(?=[A-ZÀ-Ý"“«„])/)
    .filter((t) => t.trim().length > 0)
    .map((text) => ({ text, lang: p.gold.language }));
}

describe("modality families of issue 9 point 3 fire on two pages each", () => {
  it.each(FAMILIES)("%s", (_family, cues, refs) => {
    expect(new Set(refs).size).toBeGreaterThanOrEqual(2);
    for (const ref of refs) {
      const fired = sentencesOf(ref).some(({ text, lang }) =>
        detectModality(text, lang).cues.some((c) => cues.includes(c)),
      );
      expect(fired, ref).toBe(true);
    }
  });
});
