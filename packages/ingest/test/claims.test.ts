// Check-worthiness on whole pages: what a candidate claim may not be, in several languages.
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";

const candidates = (text: string) => ingest({ text }).candidateClaims.map((c) => c.text);

describe("check-worthy candidates", () => {
  it("leaves out a speaker's first-person stance but keeps an attributed quote", () => {
    const got = candidates(
      [
        "Paris recognizes Palestine",
        "France formally recognized the State of Palestine on Monday at a summit in New York, the Elysée said.",
        "Je me félicite de l’accord conclu aujourd’hui par les États membres de l’UE sur la Russie.",
        "« Je déclare que la France reconnaît aujourd'hui l'Etat de Palestine », a annoncé Emmanuel Macron à la tribune.",
        "Wir erwarten dringend Zeichen der Deeskalation von Moskau.",
      ].join("\n\n"),
    );
    expect(got).toContain(
      "France formally recognized the State of Palestine on Monday at a summit in New York, the Elysée said.",
    );
    expect(got.some((t) => t.startsWith("« Je déclare"))).toBe(true);
    expect(got.some((t) => t.startsWith("Je me félicite"))).toBe(false);
    expect(got.some((t) => t.startsWith("Wir erwarten"))).toBe(false);
  });

  it("leaves out a line that only introduces a quote and an aside in brackets", () => {
    const got = candidates(
      [
        "Ministry statement",
        "Foreign Minister Steinmeier said in Berlin on 18 March 2015 that 17 tourists were killed in Tunis.",
        "Außenminister Steinmeier erklärte heute Abend (18.03.) im Auswärtigen Amt:",
        "(Read more about our partnership with Facebook and Instagram in 2024.)",
      ].join("\n\n"),
    );
    expect(got).toContain(
      "Foreign Minister Steinmeier said in Berlin on 18 March 2015 that 17 tourists were killed in Tunis.",
    );
    expect(got.some((t) => t.endsWith(":"))).toBe(false);
    expect(got.some((t) => t.startsWith("("))).toBe(false);
  });
});
