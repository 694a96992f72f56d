// German modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue } from "./cues-types";

export const DE_CUES: Cue[] = [
  cue(
    "opinion",
    "strong",
    "opinion:meiner Meinung",
    "der Meinung|meiner Meinung nach|meines Erachtens|ich finde|ich glaube|wir glauben|sollte|sollten|müsste|müssten",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:droht",
    "droht|drohen|voraussichtlich|wird erwartet|werden erwartet|erwartet(?:e|en)?,? dass|soll(?:en)? [^.]{0,60} werden",
  ),
  cue("hedged", "strong", "hedge:soll", "soll|sollen"),
  cue(
    "hedged",
    "strong",
    "hedge:angeblich",
    "angeblich|offenbar|vermutlich|wahrscheinlich|möglicherweise|vielleicht|mutmaßlich|anscheinend|scheinbar|dürfte|dürften|könnte|könnten|nicht ausschließen|unklar|Gewissheit",
  ),
  cue("hedged", "strong", "reported:laut", /(?<![\p{L}])laut(?![\p{L}])[^.;!?]{1,100},/iu),
  cue("hedged", "weak", "conditional:falls", /(?:^|[,;]\s*)(?:falls|wenn|sofern)(?![\p{L}])/iu),
  cue(
    "prediction",
    "weak",
    "prediction:werden",
    /(?<![\p{L}])(?:wird|werden) (?:[^.,]{0,60} )?(?:\p{L}+en) (?:werden|können|müssen)?(?=[.!?]?$)/iu,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:wertend",
    "feiger?n?|abscheulich(?:e|en)?|unerträglich|skandalös|schändlich",
  ),
];
