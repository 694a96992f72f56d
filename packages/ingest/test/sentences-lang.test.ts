// Sentence splitting keeps other languages' abbreviations inside the sentence.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/sentences";

describe("splitSentences in other languages", () => {
  it.each([
    "Le jour de l’annonce de M. Shoigu, un missile a frappé un train.",
    "La Sra. Rodríguez regresó este martes a la red social X.",
    "Die Drohnen, z.B. vom Typ Shahed, flogen über Kiel.",
    "Il dott. Rossi ha confermato la scossa di magnitudo 4.9.",
  ])("%s", (text) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });
});
