// Scores a modality detector on the modality-dev set (test/modality-dev/*.json, see README.md):
// per class (precision / recall over the five modalities) and per language (how many gold
// hedged, opinion and question sentences the detector does not call an assertion, and how many
// gold assertions it keeps as assertions: the cost side).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Modality } from "@factline/domain";
import { z } from "zod";

const LABELS = ["assertion", "hedged", "opinion", "prediction", "question"] as const;

const PageSchema = z.object({
  url: z.string().url(),
  language: z.enum(["en", "es", "fr", "pt", "de", "it"]),
  kind: z.string(),
  sentences: z.array(z.object({ label: z.enum(LABELS), text: z.string().min(1) })).min(1),
});
export type ModalityDevPage = z.infer<typeof PageSchema> & { slug: string };

const DIR = join(import.meta.dirname, ".");

function loadDir(dir: string): ModalityDevPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      ...PageSchema.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))),
      slug: f.replace(/\.json$/, ""),
    }));
}

/** The tuning set (test/modality-dev/*.json). */
export function loadModalityDev(): ModalityDevPage[] {
  return loadDir(DIR);
}

/** The held-out pages (test/modality-dev/holdout/*.json): labelled after the rules, never tuned on. */
export function loadModalityHoldout(): ModalityDevPage[] {
  return loadDir(join(DIR, "holdout"));
}

export type Ratio = { num: number; den: number; value: number };
const ratio = (num: number, den: number): Ratio => ({ num, den, value: den ? num / den : 1 });

export type ModalityDevScore = {
  /** Per class: precision and recall of that exact modality. */
  classes: Record<(typeof LABELS)[number], { precision: Ratio; recall: Ratio }>;
  /** Per language and "all": gold non-assertions of each kind not called an assertion. */
  languages: Record<
    string,
    { hedged: Ratio; opinion: Ratio; question: Ratio; assertionKept: Ratio; exact: Ratio }
  >;
  misses: { slug: string; lang: string; gold: string; got: string; cues: string[]; text: string }[];
};

export function scoreModalityDev(
  pages: ModalityDevPage[],
  detect: (text: string, lang: string) => { modality: Modality; cues: string[] },
): ModalityDevScore {
  const tp = new Map<string, number>();
  const predicted = new Map<string, number>();
  const gold = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const lang: Record<string, Record<string, [number, number]>> = {};
  const add = (l: string, key: string, ok: boolean) => {
    for (const k of [l, "all"]) {
      const row = lang[k] ?? {};
      const cell = row[key] ?? [0, 0];
      cell[0] += ok ? 1 : 0;
      cell[1] += 1;
      row[key] = cell;
      lang[k] = row;
    }
  };
  const misses: ModalityDevScore["misses"] = [];
  for (const page of pages) {
    for (const s of page.sentences) {
      const r = detect(s.text, page.language);
      bump(gold, s.label);
      bump(predicted, r.modality);
      if (r.modality === s.label) bump(tp, s.label);
      else
        misses.push({
          slug: page.slug,
          lang: page.language,
          gold: s.label,
          got: r.modality,
          cues: r.cues,
          text: s.text,
        });
      add(page.language, "exact", r.modality === s.label);
      // Predictions are hedged in the corpus gold (not yet a fact), so both count as hedged here.
      const kind = s.label === "prediction" ? "hedged" : s.label;
      if (kind === "assertion") add(page.language, "assertionKept", r.modality === "assertion");
      else add(page.language, kind, r.modality !== "assertion");
    }
  }
  const classes = Object.fromEntries(
    LABELS.map((c) => [
      c,
      {
        precision: ratio(tp.get(c) ?? 0, predicted.get(c) ?? 0),
        recall: ratio(tp.get(c) ?? 0, gold.get(c) ?? 0),
      },
    ]),
  ) as ModalityDevScore["classes"];
  const languages = Object.fromEntries(
    Object.entries(lang).map(([l, row]) => [
      l,
      Object.fromEntries(
        ["hedged", "opinion", "question", "assertionKept", "exact"].map((k) => [
          k,
          ratio(row[k]?.[0] ?? 0, row[k]?.[1] ?? 0),
        ]),
      ),
    ]),
  ) as ModalityDevScore["languages"];
  return { classes, languages, misses };
}

/** The scores as a table, for the README and for tuning. */
export function formatModalityDev(score: ModalityDevScore): string {
  const f = (r: Ratio) => (r.den ? `${r.value.toFixed(2)} (${r.num}/${r.den})` : "-");
  const out = ["class        precision        recall"];
  for (const [c, s] of Object.entries(score.classes))
    out.push(`${c.padEnd(12)} ${f(s.precision).padEnd(16)} ${f(s.recall)}`);
  out.push(
    "",
    "lang  hedged            opinion           question          assertion kept    exact",
  );
  for (const [l, s] of Object.entries(score.languages).sort())
    out.push(
      `${l.padEnd(5)} ${f(s.hedged).padEnd(17)} ${f(s.opinion).padEnd(17)} ${f(s.question).padEnd(17)} ${f(s.assertionKept).padEnd(17)} ${f(s.exact)}`,
    );
  return out.join("\n");
}
