// Portuguese modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue } from "./cues-types";

export const PT_CUES: Cue[] = [
  cue(
    "opinion",
    "strong",
    "opinion:acho que",
    "acho que|acredito que|na minha opinião|a meu ver|é (?:importante|fundamental|essencial|inaceitável|lamentável|preciso que)",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:deverá",
    "deverá|deverão|espera-se que|está previsto|prevê-se|deve ser|devem ser",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:poderá",
    "poderá|poderão|poderia|poderiam|seria|seriam|teria|teriam",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:provavelmente",
    "provavelmente|possivelmente|talvez|aparentemente|supostamente|alegadamente|(?:é |muito )provável|a confirmar(?:em)?-se|parece que|ao que parece|apenas uma tendência",
  ),
  cue(
    "hedged",
    "strong",
    "reported:segundo",
    /(?:^|[,;]\s*)(?:segundo|de acordo com)(?![A-Za-z\u00C0-\u024F])[^.;!?]{1,100},/i,
  ),
  cue("hedged", "weak", "conditional:caso", /(?:^|[,;]\s*)caso(?![A-Za-z\u00C0-\u024F])/i),
  cue("hedged", "weak", "hedge:pode", "pode|podem"),
  cue(
    "prediction",
    "weak",
    "prediction:futuro",
    /(?<![A-Za-z\u00C0-\u024F])[A-Za-z\u00C0-\u024F]{2,}(?:rá|rão)(?![A-Za-z\u00C0-\u024F])|(?<![A-Za-z\u00C0-\u024F])(?:vai|vão) (?=[A-Za-z\u00C0-\u024F]+r(?![A-Za-z\u00C0-\u024F]))/i,
  ),
  cue("opinion", "weak", "opinion:sinaliza", "sinaliza|lamentável|vergonhos[oa]"),
  cue(
    "hedged",
    "strong",
    "hedge:é possível",
    "é possível|pode ser que|diz-se que|segundo fontes|terá|terão|estaria|estariam",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:pretende",
    "pretende|pretendem|planeja|planeia|tenciona|prevê|promete|prometem",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:advérbio",
    "infelizmente|felizmente|obviamente|evidentemente|sem dúvida|é preciso|tem que|têm que|é hora de|espero que",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:juízo",
    "absurdo|absurda|ridículo|ridícula|perigoso|perigosa|vergonha|irresponsável|inadmissível|catastrófico|desastre",
  ),
];
