// Italian modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue, type Subjectivity } from "./cues-types";

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
    "probabilmente|forse|possibile|possibili|secondo (?:fonti|indiscrezioni|quanto (?:riferito|riportato|appreso|trapelato))|non si sa|non è chiaro|presunt[oaie]|presuntamente|sembra|pare(?: che)?|risulta(?:va)? che|si vocifera|a quanto pare|rischia(?:no)? di",
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
    // Third persons and the first plural ("serviremo", "saremo chiamati"); "estremo", "supremo"
    // end the same way and are adjectives.
    /(?<![A-Za-z\u00C0-\u024F])(?:[A-Za-z\u00C0-\u024F]{2,}(?:rà|ranno)|(?![Ee]st|[Ss]up)[A-Za-z\u00C0-\u024F]{2,}remo)(?![A-Za-z\u00C0-\u024F])/i,
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
  // Reported hedges: unnamed sources, what "is learned" or "leaks" (a quanto filtra).
  cue(
    "hedged",
    "strong",
    "hedge:fonti",
    "si apprende|a quanto (?:filtra|trapela|risulta|si apprende)|secondo quanto (?:si apprende|filtra|trapela)|fonti (?:di|del|della|dell['’]|vicine|governative|parlamentari|diplomatiche|qualificate)|una fonte|(?:vanno |si )?diffond(?:e|ono|endosi) indiscrezioni",
    /(?<![A-Za-z\u00C0-\u024F])(?:confermat[oaie]|conferma(?:no)?|ha(?:nno)? confermato)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  // What is at stake is the writer weighing the news, not reporting it; a figure at stake
  // ("128 seats") is a count, so a sentence with one is left alone.
  cue(
    "opinion",
    "weak",
    "opinion:in gioco",
    "(?<!(?:entra|entrano|entrato|entrata|entrati|entrare|mette|mettere|messo|messa|messi|rimette|rimettere|rimettersi|rimesso) )in gioco",
    /\d/,
  ),
];

/** Evaluative words for the subjectivity score (`src/subjectivity.ts`). */
export const IT_SUBJECTIVITY: Subjectivity = {
  judgement:
    "è come se|è come quando|arrogan(?:te|ti|za)|bizzarr[oaie]|cialtron[ei]|demagog(?:ia|ic[oaie]|hi)|deludent[ei]|grottesco|imbarazzant[ei]|incoerent[ei]|indecent[ei]|irresponsabilità|penos[oaie]|populist[aie]|sconcertant[ei]|scellerat[oaie]|sciagurat[oaie]|sconsiderat[oaie]|stucchevol[ei]|teatrino|triste|tristemente|vergognosamente|coraggios[oaie]|saggi[oa]|lungimirant[ei]|encomiabil[ei]|intendiamoci|diciamolo|va detto|ammettiamolo|sia chiaro|assurd[oaie]|vergogn(?:a|os[oaie])|scandal(?:o|os[oaie])|ridicol[oaie]|patetic[oaie]|pietos[oaie]|squallid[oaie]|meschin[oaie]|grottesc[oaie]|insopportabil[ei]|intollerabil[ei]|inaccettabil[ei]|inopportun[oaie]|discutibil[ei]|incomprensibil[ei]|insensibilità|irresponsabil[ei]|incapac[ei]|incapacità|inadeguat[oaie]|deprimente|surreal[ei]|improponibil[ei]|follia|ingenu[oaie]|disastros[oaie]|catastrofic[oaie]|pessim[oaie]|ottim[oaie]|eccellent[ei]|straordinari[oaie]|magnific[oaie]|lodevol[ei]|ipocri(?:sia|t[ai])|veleni|smania|protagonismo|disinvolt[oaie]|genial[ei]|perfid[oaie]|pazz[oaie]|bluff",
  sentiment:
    "bugie|disastro|propaganda|menzogn[ae]|brutal[ei]|strano|stran[aie]|sorprendent[ei]|drammatic[oaie]|inquietant[ei]|purtroppo|bell[oaie]|brutt[oaie]|amaro|amara|buon[oaie]?|cattiv[oaie]|miglior[ei]|peggior[ei]|grav[ei]|seri[oaie]|pericolos[oaie]|preoccupant[ei]|problem[ai]|crisi|fallimento|error[ei]|vag[oaie]|vaghi|precari[oaie]|fragil[ei]|debol[ei]|prezios[oaie]|irrinunciabil[ei]|responsabilità|spettacolo|declino|sorpresa|singolar[ei]|evident[ei]|ardu[oaie]|agitat[oaie]|insensibil[ei]|sacrifici|odissea|incubo|franchezza",
  intensifier:
    "molto|troppo|davvero|veramente|estremamente|profondamente|assolutamente|per niente|affatto|addirittura|persino|più che mai",
  firstPerson:
    /(?<![A-Za-zÀ-ÿ])(?:[Ii]o|[Nn]oi|[Mm]i|[Cc]i|[Nn]ostr[oaie]|[Mm]i[oaie]|[Mm]iei|[Ss]iamo|[Aa]bbiamo)(?![A-Za-zÀ-ÿ])/,
  attribution:
    "definisce|definiscono|ha salutato|saluta|ha criticato|critica|ha elogiato|elogia|commenta|ha commentato|condanna|ha condannato|ha detto|ha dichiarato|ha affermato|ha spiegato|ha sottolineato|ha annunciato|ha commentato|ha denunciato|ha aggiunto|ha scritto|dichiara|afferma|secondo lui|secondo lei|ha definito|hanno definito",
};
