// Encoding repair across every single-byte code page: real clean text in many languages is never
// touched, and the same text damaged through a wrong page (whole, or the seed's lost-byte kind)
// is repaired back. Damage is made with the generated tables, so no legacy TextDecoder is needed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_PAGES } from "../src/encoding/codepages.generated";
import { normalizeWhitespace, repairEncoding } from "../src/index";
import { testDir } from "./helpers";

const dir = join(testDir, "encoding-fixtures/clean");
/** Real clean samples: `<lang>.txt`, the first line `# <url>` of the page they come from. */
const samples = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const [source, ...rest] = readFileSync(join(dir, f), "utf8").split("\n");
    return { name: f.slice(0, -4), url: (source ?? "").replace(/^# /, ""), text: rest.join("\n") };
  });

const utf8 = new TextEncoder();
const table = (name: string) => {
  const page = CODE_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`no code page ${name}`);
  return [...page.high];
};
/** UTF-8 read through a code page; `lost` drops bytes 0x80–0x9F first (the seed's damage). */
function damage(text: string, name: string, lost = false): string {
  const high = table(name);
  let out = "";
  for (const b of utf8.encode(text)) {
    if (b < 0x80) out += String.fromCharCode(b);
    else if (!(lost && b <= 0x9f)) out += high[b - 0x80];
  }
  return out;
}
const repaired = (s: string) => repairEncoding(s).text;

describe("clean text in many languages", () => {
  it("has real samples in at least 12 languages, each with its address", () => {
    const langs = new Set(samples.map((s) => s.name.split("-")[0]));
    for (const l of ["el", "ru", "uk", "th", "vi", "pl", "lt", "cs", "tr", "fr", "de", "pt"]) {
      expect(langs).toContain(l);
    }
    for (const s of samples) expect(s.url).toMatch(/^https?:\/\//);
  });

  it.each(samples.map((s) => [s.name, s.text] as const))("leaves %s alone", (_, text) => {
    expect(repairEncoding(text)).toEqual({ text: normalizeWhitespace(text), repairs: [] });
  });

  it("leaves any mix of the samples' real words alone", () => {
    const words = [...new Set(samples.flatMap((s) => s.text.split(/\s+/)).filter(Boolean))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (ws) => {
        const text = ws.join(" ");
        expect(repairEncoding(text)).toEqual({ text, repairs: [] });
      }),
      { numRuns: 1000 },
    );
  });
});

// cp1257 leaves 0xA1 and 0xA5 undefined, so its U+FFFD is ambiguous where both readings are
// letters of the same script (Greek Ρ/Υ, Thai ก/ฅ, Vietnamese ạ/ấ): those few are not asserted.
const AMBIGUOUS = new Set(["cp1257:el-caps", "cp1257:th", "cp1257:th-2", "cp1257:vi-2"]);

describe("UTF-8 read through a wrong code page", () => {
  const cases = CODE_PAGES.flatMap((p) =>
    samples
      .filter((s) => !AMBIGUOUS.has(`${p.name}:${s.name}`) && damage(s.text, p.name) !== s.text)
      .map((s) => [p.name, s.name, s.text] as const),
  );

  it("covers every code page", () => {
    expect(new Set(cases.map(([p]) => p)).size).toBe(CODE_PAGES.length);
  });

  it.each(cases)("repairs %s damage of %s", (page, _, text) => {
    const r = repairEncoding(damage(text, page));
    expect(r.text).toBe(normalizeWhitespace(text));
    expect(r.repairs.length).toBeGreaterThan(0);
  });

  it("repairs emoji read through cp1257 (and every other page)", () => {
    const text = "Good news 👍🏽 — the vote passed 🎉🇱🇹";
    for (const p of CODE_PAGES) expect(repaired(damage(text, p.name))).toBe(text);
  });

  it("repairs an emoji read through cp1257 whose undefined byte was then dropped", () => {
    // 👍 is F0 9F 91 8D; cp1257 has no 0x9F, so a decoder gave U+009F and something stripped it.
    const damaged = damage("Good news 👍 for the vote, they said.", "cp1257").replace(
      /[\u0080-\u009f]/g,
      "",
    );
    expect(damaged).toBe("Good news š‘¨ for the vote, they said.");
    const r = repairEncoding(damaged);
    expect(r.text).toBe("Good news 👍 for the vote, they said.");
    expect(r.repairs).toContainEqual({
      from: "š‘¨",
      to: "👍",
      rule: "cp1257-lost-bytes:emoji",
      count: 1,
    });
  });

  it("repairs a double misreading", () => {
    for (const s of samples.filter((x) => ["fr", "de", "pl", "ru"].includes(x.name))) {
      expect(repaired(damage(damage(s.text, "cp1252"), "cp1252"))).toBe(
        normalizeWhitespace(s.text),
      );
    }
  });
});

describe("lost bytes: the seed's damage through every page whose 0xE2 is a letter", () => {
  const seedShaped = [
    "- Regional Stability: Russia’s recognition could lead to a more stable regional environment, as it may encourage other nations to engage diplomatically.",
    "- Geopolitical Realignment: Russia’s recognition of the Taliban might indicate a strategic realignment; they don’t say so.",
    "BREAKING: RUSSIA officially recognizes the new TALIBAN government in AFGHANISTAN. pic.twitter.com/lqSDSdPrpw",
    "— Legitimate Targets (@LegitTargets) July 4, 2025",
    "- YOU MAY ALSO LIKE TO WATCH THIS TRENDING STORY ON YOUTUBE.\u00a0Waverly Hills Hospital's Horror Story",
  ].join("\n");

  it.each(["cp1253", "cp1250", "cp1251", "cp1257", "cp874", "cp1252"])("through %s", (page) => {
    const damaged = damage(seedShaped, page, true);
    expect(damaged).not.toBe(seedShaped);
    const r = repairEncoding(damaged);
    expect(r.text).toBe(normalizeWhitespace(seedShaped));
    const rules = r.repairs.map((x) => x.rule);
    expect(rules.some((x) => x.endsWith("-lost-bytes:apostrophe"))).toBe(true);
    expect(rules.some((x) => x.endsWith("-lost-bytes:attribution-dash"))).toBe(true);
  });

  // English news copy with the punctuation whose place still tells what it was: a range between
  // figures is an en dash, a dash against a figure or between words an em dash, E2 82 AC the
  // euro, possessives after initialisms and figures, decades, O’ names; a no-break space (C2 A0)
  // beside a lost lead.
  const newsShaped = [
    "BRUSSELS — The package covers 2022–2023 trade, worth €5\u00a0billion, diplomats said.",
    "It’s the worst since 2016—a year the U.S.’s allies won’t forget, said O’Brien.",
    "People—including children—died; it’s the ’90s again, and that is what the $5’s for.",
  ].join("\n");

  it.each(["cp1253", "cp1250", "cp1251", "cp1257", "cp874"])(
    "restores ranges, dashes by figures, the euro and possessives through %s",
    (page) => {
      const damaged = damage(newsShaped, page, true);
      expect(damaged).not.toBe(newsShaped);
      expect(repaired(damaged)).toBe(normalizeWhitespace(newsShaped));
    },
  );

  it("shows the same lead byte as each page's letter", () => {
    expect(damage("Russia’s", "cp1253", true)).toBe("Russiaβs");
    expect(damage("Russia’s", "cp1257", true)).toBe("Russiaās");
    expect(damage("Russia’s", "cp1250", true)).toBe("Russiaâs");
    expect(damage("Russia’s", "cp1251", true)).toBe("Russiaвs");
    expect(damage("Russia’s", "cp874", true)).toBe("Russiaโs");
  });

  it("leaves real words with those letters alone", () => {
    for (const s of [
      "Viņi ir mājās, pilsētās un laukos.",
      "Всё в порядке, в Москве тепло.",
      "Le château et l’âge d’or.",
      "Pâté, rôle, Māris un 2â3 ir burti, ne zīmes.",
      "Η Βουλή ψήφισε το νομοσχέδιο",
      "โรงเรียน โทรศัพท์ และ โอกาส",
    ]) {
      expect(repairEncoding(s)).toEqual({ text: s, repairs: [] });
    }
  });
});

describe("repair is a fixed point", () => {
  it("is idempotent on pieces of damaged real text", () => {
    const pieces = CODE_PAGES.flatMap((p) =>
      samples.slice(0, 6).map((s) => damage(s.text.slice(0, 120), p.name)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...pieces),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...samples.map((s) => s.text.slice(0, 60))),
        (piece, a, b, clean) => {
          const start = a % piece.length;
          const text = `${piece.slice(start, start + 1 + (b % 60))} ${clean}`;
          const once = repaired(text);
          expect(repaired(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});
