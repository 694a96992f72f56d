// Spanish modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue } from "./cues-types";

export const ES_CUES: Cue[] = [
  cue(
    "opinion",
    "strong",
    "opinion:creo que",
    "creo que|pienso que|considero que|opino que|en mi opinión|a mi juicio|a mi parecer|desde mi punto de vista|(?:tengo|he tenido|tenemos) la convicción",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:debe",
    "debería|deberían|debe(?:n)? (?:reconocerse|hacerse|ser)|hay que|es necesario que",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:es importante",
    "es (?:muy |sumamente )?(?:importante|fundamental|esencial|imprescindible|inaceptable|lamentable|vergonzoso)|(?:son|es) de gran importancia|sin dudas?",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:se espera que",
    "se espera que|se prevé(?: que)?|está previsto|tiene previsto|prevé|deberá|deberán",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:podría",
    "podría|podrían|pudiera|pudieran|podía no|podían no|habría|habrían|sería|serían",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:probablemente",
    "probablemente|posiblemente|quizás?|tal vez|al parecer|aparentemente|presuntamente|supuestamente|se cree|se especula|no está claro|parece que|parece ser",
  ),
  cue(
    "hedged",
    "strong",
    "reported:según",
    /(?<![A-Za-z\u00C0-\u024F])(?:según|de acuerdo con)(?![A-Za-z\u00C0-\u024F])[^.;!?]{1,100},/i,
  ),
  cue(
    "hedged",
    "weak",
    "conditional:si",
    /(?:^|[,;]\s*)(?:si|en caso de que)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue(
    "prediction",
    "weak",
    "prediction:futuro",
    /(?<![A-Za-z\u00C0-\u024F])[A-Za-z\u00C0-\u024F]{2,}(?:rá|rán)(?![A-Za-z\u00C0-\u024F])|(?<![A-Za-z\u00C0-\u024F])(?:va|van) a (?=[A-Za-z\u00C0-\u024F]+r(?![A-Za-z\u00C0-\u024F]))/i,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:evaluativo",
    "lamentable|vergonzoso|escandaloso|increíble|irresponsabilidad",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:es posible",
    "es posible que|puede que|se dice que|según (?:fuentes|informes|versiones)|trascendió|habrían|estaría|estarían",
  ),
  cue("hedged", "weak", "hedge:puede", "puede|pueden"),
  cue(
    "prediction",
    "strong",
    "prediction:planea",
    "planea|pretende|tiene la intención de|busca|buscará|prevé|tiene previsto",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:adverbio",
    "lamentablemente|afortunadamente|por desgracia|sin duda|evidentemente|claramente|tiene que|tienen que|es hora de|ojalá",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:juicio",
    "absurdo|absurda|ridículo|ridícula|peligroso|peligrosa|vergüenza|irresponsable|inadmisible|catastrófico|catastrófica|desastre",
  ),
];
