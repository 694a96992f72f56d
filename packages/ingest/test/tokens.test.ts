// words() scans tokens by hand for speed; it must give exactly what its regex gives.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { letterCounts, words } from "../src/tokens";
import { testDir } from "./helpers";

const WORD = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*\.?/gu;
const URL = /\b(?:https?:\/\/\S+|(?:pic\.twitter\.com|t\.co|x\.com|twitter\.com)\/\S*)/gi;

/** The reference: the regex, with the same URL, apostrophe and final-period handling. */
function wordsByRegex(text: string): string[] {
  const lower = (text.includes("/") ? text.replace(URL, " ") : text)
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  const out: string[] = [];
  for (const m of lower.matchAll(WORD)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith(".") && !w.slice(0, -1).includes(".")) w = w.slice(0, -1);
    if (w) out.push(w);
  }
  return out;
}

describe("words", () => {
  it("keeps initialisms, inner apostrophes and hyphens, drops possessives and URLs", () => {
    expect(
      words(
        "The U.S. and Russia’s allies—so-called “partners”—met in Côte d'Ivoire. See https://x.com/a",
      ),
    ).toEqual([
      "the",
      "u.s.",
      "and",
      "russia",
      "allies",
      "so-called",
      "partners",
      "met",
      "in",
      "côte",
      "d'ivoire",
      "see",
    ]);
  });

  it("gives what the regex gives on every line of the corpus", () => {
    const dir = join(testDir, "corpus/pages");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
        expect(words(line)).toEqual(wordsByRegex(line));
      }
    }
  });

  it("gives what the regex gives on any string (astral letters, lone surrogates, marks)", () => {
    const unit = fc.constantFrom(
      ..."aZ9.-'’‘ é𝐀😀x.-Ω1٣ ́ß\u00a0/İ".split(""),
      "\ud800",
      "\udc00",
      "𝐀",
      "😀",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(words(s)).toEqual(wordsByRegex(s));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        expect(words(s)).toEqual(wordsByRegex(s));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("letterCounts", () => {
  it("counts what /\\p{L}/gu and /\\p{Lu}/gu match, astral letters once", () => {
    const unit = fc.constantFrom(..."aZ9 éÉßΩω𝐀𝐚😀İ-ǅ".split(""), "\ud800", "\udc00", "𝐀", "𝐚");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(letterCounts(s)).toEqual({
          letters: s.match(/\p{L}/gu)?.length ?? 0,
          upper: s.match(/\p{Lu}/gu)?.length ?? 0,
        });
      }),
      { numRuns: 20000 },
    );
  });
});
