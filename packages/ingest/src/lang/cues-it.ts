// Italian modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue } from "./cues-types";

export const IT_CUES: Cue[] = [
  cue(
    "opinion",
    "strong",
    "opinion:penso che",
    "penso che|credo che|secondo me|a mio avviso|bisogna|occorre|è (?:importante|fondamentale|essenziale|inaccettabile|vergognoso)",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:dovrebbe",
    "dovrebbe|dovrebbero|è previsto|è prevista|si prevede|si attende|è atteso|è attesa",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:potrebbe",
    "potrebbe|potrebbero|sarebbe|sarebbero|avrebbe|avrebbero",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:probabilmente",
    "probabilmente|forse|possibile|presunt[oaie]|presuntamente|sembra|pare(?: che)?|si vocifera|a quanto pare|rischia(?:no)? di",
  ),
  cue(
    "hedged",
    "strong",
    "reported:secondo",
    /(?:^|[,;]\s*)(?:secondo|stando a)(?![A-Za-z\u00C0-\u024F])[^.;!?]{1,100}[,–—-]/i,
  ),
  cue(
    "hedged",
    "weak",
    "conditional:se",
    /(?:^|[,;]\s*)(?:se|qualora|nel caso in cui)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue(
    "prediction",
    "weak",
    "prediction:futuro",
    /(?<![A-Za-z\u00C0-\u024F])[A-Za-z\u00C0-\u024F]{2,}(?:rà|ranno)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue("opinion", "weak", "opinion:lo definisce", "l[oaie] definisce|vergognos[oa]|inaccettabile"),
  cue(
    "hedged",
    "strong",
    "hedge:è possibile",
    "è possibile|si dice|secondo indiscrezioni|indiscrezioni|starebbe|starebbero|potrà|potranno",
  ),
  cue("hedged", "weak", "hedge:può", "può|possono"),
  cue(
    "prediction",
    "strong",
    "prediction:intende",
    "intende|intendono|punta a|puntano a|prevede di|prevedono di|si appresta|promette",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:purtroppo",
    "purtroppo|per fortuna|fortunatamente|ovviamente|è ora di|deve|devono|spero che|speriamo",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:giudizio",
    "assurd[oa]|ridicol[oa]|pericolos[oa]|vergogna|irresponsabile|catastrofic[oa]|disastro",
  ),
];
