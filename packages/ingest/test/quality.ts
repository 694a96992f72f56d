// Precision/recall of boilerplate removal, modality and claim detection on the labelled set in
// test/labelled (short articles written for evaluation, not used to tune the rules).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Modality } from "@factline/domain";
import { ingest } from "../src/index";
import { testDir } from "./helpers";

type Labelled = {
  style: string;
  /** A: written first and used for error analysis; B: written later, held out. */
  set: "A" | "B";
  publishedAt?: string;
  lines: string[];
  boilerplate: string[];
  sentences: { text: string; modality: Modality; claim: boolean }[];
};

export type Score = { tp: number; fp: number; fn: number };
const score = (): Score => ({ tp: 0, fp: 0, fn: 0 });
export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const f1 = (s: Score) => {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

const MODALITIES: Modality[] = ["assertion", "hedged", "opinion", "question", "prediction"];

export type Quality = {
  articles: number;
  sentences: number;
  boilerplate: Score;
  claims: Score;
  modality: Record<Modality, Score>;
  modalityAccuracy: number;
  errors: string[];
};

/** Runs ingest over the labelled articles (one set, or all) and compares with the labels. */
export function computeQuality(set?: "A" | "B"): Quality {
  const dir = join(testDir, "labelled");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .filter(
      (f) => !set || (JSON.parse(readFileSync(join(dir, f), "utf8")) as Labelled).set === set,
    );
  const q: Quality = {
    articles: files.length,
    sentences: 0,
    boilerplate: score(),
    claims: score(),
    modality: Object.fromEntries(MODALITIES.map((m) => [m, score()])) as Record<Modality, Score>,
    modalityAccuracy: 0,
    errors: [],
  };
  let correct = 0;
  for (const file of files) {
    const l = JSON.parse(readFileSync(join(dir, file), "utf8")) as Labelled;
    const r = ingest({
      text: l.lines.join("\n"),
      ...(l.publishedAt ? { publishedAt: l.publishedAt } : {}),
    });
    // Boilerplate: removed blocks against the labelled lines, as multisets of text.
    const expected = [...l.boilerplate];
    for (const removed of r.removed) {
      const i = expected.indexOf(removed.text);
      if (i >= 0) {
        q.boilerplate.tp++;
        expected.splice(i, 1);
      } else {
        q.boilerplate.fp++;
        q.errors.push(`${file}: removed but content: ${removed.text}`);
      }
    }
    q.boilerplate.fn += expected.length;
    for (const e of expected) q.errors.push(`${file}: boilerplate kept: ${e}`);
    const claimTexts = r.candidateClaims.map((c) => c.text);
    for (const s of l.sentences) {
      q.sentences++;
      const found = r.sentences.find((x) => x.text.startsWith(s.text));
      const predicted: Modality | "missing" = found?.modality ?? "missing";
      if (predicted === s.modality) {
        correct++;
        q.modality[s.modality].tp++;
      } else {
        q.modality[s.modality].fn++;
        if (predicted !== "missing") q.modality[predicted].fp++;
        q.errors.push(`${file}: modality ${predicted} (label ${s.modality}): ${s.text}`);
      }
      const isClaim = claimTexts.some((t) => t.startsWith(s.text));
      if (isClaim && s.claim) q.claims.tp++;
      else if (isClaim) {
        q.claims.fp++;
        q.errors.push(`${file}: claim but labelled not: ${s.text}`);
      } else if (s.claim) {
        q.claims.fn++;
        q.errors.push(`${file}: missed claim: ${s.text}`);
      }
    }
  }
  q.modalityAccuracy = correct / q.sentences;
  return q;
}

const fmt = (n: number) => n.toFixed(2);

/** A Markdown table of the numbers, as printed by the quality test and kept in the README. */
export function qualityTable(q: Quality): string {
  const rows = [
    `| Task | Precision | Recall | F1 | Support |`,
    `| --- | ---: | ---: | ---: | ---: |`,
    `| Boilerplate removal (blocks) | ${fmt(precision(q.boilerplate))} | ${fmt(recall(q.boilerplate))} | ${fmt(f1(q.boilerplate))} | ${q.boilerplate.tp + q.boilerplate.fn} |`,
    `| Claim detection (sentences) | ${fmt(precision(q.claims))} | ${fmt(recall(q.claims))} | ${fmt(f1(q.claims))} | ${q.claims.tp + q.claims.fn} |`,
    ...MODALITIES.map((m) => {
      const s = q.modality[m];
      return `| Modality: ${m} | ${fmt(precision(s))} | ${fmt(recall(s))} | ${fmt(f1(s))} | ${s.tp + s.fn} |`;
    }),
    `| Modality accuracy (all) | | | ${fmt(q.modalityAccuracy)} | ${q.sentences} |`,
  ];
  return rows.join("\n");
}
