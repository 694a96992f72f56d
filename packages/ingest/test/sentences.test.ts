import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/index";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("does not split after month, title and country abbreviations", () => {
    expect(
      texts(
        "It happened on Aug. 15, 2021 in Kabul. Dr. Smith and Mr. Jones met on Sept. 5. Then they left.",
      ),
    ).toEqual([
      "It happened on Aug. 15, 2021 in Kabul.",
      "Dr. Smith and Mr. Jones met on Sept. 5.",
      "Then they left.",
    ]);
    expect(texts("The U.S. Army left. The U.K. government said so.")).toEqual([
      "The U.S. Army left.",
      "The U.K. government said so.",
    ]);
  });

  it("splits after an initialism that ends a sentence", () => {
    expect(texts("Troops returned to the U.S. The war was over.")).toEqual([
      "Troops returned to the U.S.",
      "The war was over.",
    ]);
  });

  it("keeps a trailing media link with its sentence", () => {
    expect(texts("BREAKING: Something happened. pic.twitter.com/abc123")).toEqual([
      "BREAKING: Something happened. pic.twitter.com/abc123",
    ]);
  });

  it("gives offsets that always slice to the sentence text", () => {
    const piece = fc.constantFrom(
      "Aug. ",
      "U.S. ",
      "Dr. ",
      "The ",
      "war ",
      "ended",
      ". ",
      "? ",
      "! ",
      "\n",
      "  ",
      "“Yes.” ",
      "3.5 ",
      "pic.twitter.com/x ",
      "Ω ",
      "e.g. ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(50), (parts, offset) => {
        const text = parts.join("");
        for (const s of splitSentences(text, offset)) {
          expect(text.slice(s.start - offset, s.end - offset)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
