// Encoding repair on the evaluation corpus (test/corpus/pages): no clean page is changed, and
// the made copies (a clean page misread through a wrong code page, scripts/make-damaged.ts) are
// repaired back to their source's text. Reads the directory itself, so a page still being added
// (a .txt without its .json) is simply skipped.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeWhitespace, repairEncoding } from "../src/index";
import { testDir } from "./helpers";

type Gold = {
  split: string;
  origin: { type: "real" } | { type: "made"; from: string; codepage: string };
  encoding: { damaged: boolean };
};

const dir = join(testDir, "corpus/pages");
const pages = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .flatMap((f) => {
        const slug = f.slice(0, -".json".length);
        const txt = join(dir, `${slug}.txt`);
        if (!existsSync(txt)) return [];
        const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold;
        return [{ slug, gold, text: readFileSync(txt, "utf8") }];
      })
  : [];
const bySlug = new Map(pages.map((p) => [p.slug, p]));
const clean = pages.filter((p) => !p.gold.encoding.damaged);
const made = pages.filter((p) => p.gold.origin.type === "made");

describe("encoding repair on the corpus", () => {
  it("changes no clean page", () => {
    const changed = clean
      .filter((p) => {
        const r = repairEncoding(p.text);
        return r.repairs.length > 0 || r.text !== normalizeWhitespace(p.text);
      })
      .map((p) => p.slug);
    console.log(`clean pages changed: ${changed.length} of ${clean.length}`);
    expect(changed).toEqual([]);
  });

  it("repairs at least 95% of the made pages to their source's text", () => {
    const missed: string[] = [];
    for (const p of made) {
      if (p.gold.origin.type !== "made") continue;
      const source = bySlug.get(p.gold.origin.from);
      if (!source) continue;
      if (repairEncoding(p.text).text !== normalizeWhitespace(source.text)) missed.push(p.slug);
    }
    const codepages = new Set(
      made.map((p) => (p.gold.origin.type === "made" ? p.gold.origin.codepage : "")),
    );
    console.log(
      `made pages fully repaired: ${made.length - missed.length} of ${made.length} (${codepages.size} code pages)${missed.length ? `; missed: ${missed.join(", ")}` : ""}`,
    );
    if (made.length === 0) return;
    expect((made.length - missed.length) / made.length).toBeGreaterThanOrEqual(0.95);
  });

  it("made copies keep their source's line structure and split", () => {
    for (const p of made) {
      if (p.gold.origin.type !== "made") continue;
      const source = bySlug.get(p.gold.origin.from);
      expect(source, p.slug).toBeDefined();
      expect(p.text.split("\n").length).toBe(source?.text.split("\n").length);
      expect(p.gold.split).toBe(source?.gold.split);
      expect(p.gold.encoding.damaged).toBe(true);
    }
  });
});
