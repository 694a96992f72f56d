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
    "probabilmente|forse|possibile|possibili|secondo (?:fonti|indiscrezioni|quanto (?:riferito|riportato|appreso|trapelato))|non si sa|non è chiaro|presunt[oaie]|presuntamente|sembra|pare(?: che)?|si vocifera|a quanto pare|rischia(?:no)? di",
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
  // Families added for issue 9 (generic phrasing; corpus pages in test/modality-families.test.ts).
  cue(
    "hedged",
    "strong",
    "hedge:proiezioni",
    "(?:secondo|stando a) (?:le |i |gli )?(?:proiezioni|stime|sondaggi|exit poll|prime proiezioni|risultati parziali|dati parziali)|(?:proiezioni|stime|sondaggi|exit poll|instant poll) (?:danno|indicano|mostrano|assegnano|attribuiscono|accreditano)|è accreditat[oa]|risultati parziali|dati parziali",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:non confermato",
    "non (?:ancora )?confermat[oaie]|in attesa di conferma|da confermare|ufficios[oaie]|indiscrezion[ei]|voci|si (?:teme|ipotizza|vocifera)|ipotes[ei]|ipotizzat[oaie]|non (?:si )?esclude|non è escluso|presumibilmente|verosimilmente|probabile|[A-Za-z\u00C0-\u024F]{2,}rebber?o?",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:è una vergogna",
    "è (?:una )?(?:vergogna|follia|assurdità|scandalo|peccato|beffa)|che vergogna|a mio (?:parere|giudizio)|personalmente|francamente|sinceramente|va detto|bisogna dire|dobbiamo|non possiamo",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:aggettivo valutativo",
    "scandalos[oa]|intollerabile|pessim[oa]|terribile|disastros[oa]|straordinari[oa]|eccellente|magnific[oa]|clamoros[oa]|trionf(?:o|ale)|disfatta|batosta|tracollo|débâcle|(?:gesto|atto) (?:puramente |meramente )?simbolico",
  ),
  // An intensified adjective in a sentence without a figure is the writer's judgement ("very
  // disappointing"); a sentence with numbers is measuring, not judging.
  cue(
    "opinion",
    "weak",
    "opinion:intensificatore",
    "(?:molto|estremamente|davvero|veramente|profondamente|troppo|assai|particolarmente|così) (?!poc[oaih]+(?![A-Za-z\\u00C0-\\u024F])|molt[oaie](?![A-Za-z\\u00C0-\\u024F])|vicino(?![A-Za-z\\u00C0-\\u024F])|lontano(?![A-Za-z\\u00C0-\\u024F])|presto(?![A-Za-z\\u00C0-\\u024F])|tardi(?![A-Za-z\\u00C0-\\u024F])|bene(?![A-Za-z\\u00C0-\\u024F])|male(?![A-Za-z\\u00C0-\\u024F])|più(?![A-Za-z\\u00C0-\\u024F])|meno(?![A-Za-z\\u00C0-\\u024F])|alt[oaie](?![A-Za-z\\u00C0-\\u024F])|bass[oaie](?![A-Za-z\\u00C0-\\u024F]))[a-zàèéìòù]{4,}",
    /\d/,
  ),
  cue("opinion", "weak", "opinion:second person", "voi (?:dovete|potete)|tu (?:devi|puoi)"),
];
