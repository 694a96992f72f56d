import { describe, expect, it } from "vitest";
import { computeQuality, f1, precision, qualityTable, recall } from "./quality";

describe("quality on the labelled set", () => {
  const q = computeQuality();

  it("prints the precision/recall table", () => {
    for (const set of ["A", "B"] as const) {
      const s = computeQuality(set);
      console.log(
        `\nSet ${set}: ${s.articles} articles, ${s.sentences} sentences\n${qualityTable(s)}\n`,
      );
    }
    console.log(`\nAll: ${q.articles} articles, ${q.sentences} sentences\n${qualityTable(q)}\n`);
    if (q.errors.length) console.log(`Misses:\n  ${q.errors.join("\n  ")}`);
    expect(q.articles).toBeGreaterThanOrEqual(8);
  });

  it("removes boilerplate with precision and recall of at least 0.7", () => {
    expect(precision(q.boilerplate)).toBeGreaterThanOrEqual(0.7);
    expect(recall(q.boilerplate)).toBeGreaterThanOrEqual(0.7);
  });

  it("detects check-worthy claims with precision and recall of at least 0.7", () => {
    expect(precision(q.claims)).toBeGreaterThanOrEqual(0.7);
    expect(recall(q.claims)).toBeGreaterThanOrEqual(0.7);
  });

  it("labels modality correctly for at least 70% of sentences, each class with F1 of at least 0.5", () => {
    expect(q.modalityAccuracy).toBeGreaterThanOrEqual(0.7);
    for (const s of Object.values(q.modality)) expect(f1(s)).toBeGreaterThanOrEqual(0.5);
  });
});
