// Portuguese modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue, type Subjectivity } from "./cues-types";

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
    "provavelmente|possivelmente|(?:um|uma|o|a|os|as) possíve(?:l|is)|não se sabe|desconhece-se|talvez|aparentemente|supostamente|alegadamente|(?:é |muito )provável|a confirmar(?:em)?-se|parece que|ao que parece|apenas uma tendência",
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
    // A capital inside the sentence starts a name ("no estado do Ceará"), not a verb.
    /(?<![A-Za-z\u00C0-\u024F])(?:[a-z\u00DF-\u024F]|(?<=^["“«¿¡]?)[A-Z\u00C0-\u00DE])[A-Za-z\u00C0-\u024F]+(?:rá|rão)(?![A-Za-z\u00C0-\u024F])|(?<![A-Za-z\u00C0-\u024F])(?:[Vv]ai|[Vv]ão) (?=[A-Za-z\u00C0-\u024F]+r(?![A-Za-z\u00C0-\u024F]))/,
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
  // Families added for issue 9 (generic phrasing; corpus pages in test/modality-families.test.ts).
  cue(
    "hedged",
    "strong",
    "hedge:estimativas",
    "(?:segundo|de acordo com) (?:as |os )?(?:projeções|estimativas|sondagens|pesquisas|primeiros (?:dados|resultados)|resultados parciais)|(?:projeções|estimativas|sondagens|pesquisas|primeiros (?:dados|resultados)|resultados parciais|boca de urna) (?:dão|indicam|mostram|apontam|colocam|atribuem)",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:não confirmado",
    "não (?:foi |foram )?confirmad[oa]s?|sem confirmação|extraoficial(?:mente)?|suposto|suposta|rumores|especulações|especula-se|teme-se|não se descarta|(?:haveria|estaria|faria|iria|daria|viria|[A-Za-z\u00C0-\u024F]{2,}riam)",
  ),
  cue(
    "hedged",
    "weak",
    "conditional:se",
    /(?:^|[,;]\s*)se (?=[a-záéíóúâêôãõç]+ (?:o|a|os|as|não|houver|for|forem)\b)/i,
  ),
  cue(
    "opinion",
    "strong",
    "opinion:é uma vergonha",
    "é (?:uma )?(?:vergonha|pena|lástima|tragédia|piada)|que vergonha|pessoalmente|francamente|sinceramente|na verdade|é claro que|não há dúvida|temos que|precisamos|não podemos",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:adjetivo avaliativo",
    "lamentável|vergonhos[oa]|escandalos[oa]|inaceitável|terrível|horrível|desastros[oa]|excelente|extraordinári[oa]|magnífic[oa]|maravilhos[oa]|(?:gesto|ato) (?:meramente |puramente )?simbólico",
  ),
  // An intensified adjective in a sentence without a figure is the writer's judgement ("very
  // disappointing"); a sentence with numbers is measuring, not judging.
  cue(
    "opinion",
    "weak",
    "opinion:intensificador",
    "(?:muito|extremamente|realmente|verdadeiramente|demasiado|tão|bastante) (?!pouc[oa]s?(?![A-Za-z\\u00C0-\\u024F])|muit[oa]s?(?![A-Za-z\\u00C0-\\u024F])|perto(?![A-Za-z\\u00C0-\\u024F])|longe(?![A-Za-z\\u00C0-\\u024F])|cedo(?![A-Za-z\\u00C0-\\u024F])|tarde(?![A-Za-z\\u00C0-\\u024F])|bem(?![A-Za-z\\u00C0-\\u024F])|mal(?![A-Za-z\\u00C0-\\u024F])|mais(?![A-Za-z\\u00C0-\\u024F])|menos(?![A-Za-z\\u00C0-\\u024F])|alt[oa]s?(?![A-Za-z\\u00C0-\\u024F])|baix[oa]s?(?![A-Za-z\\u00C0-\\u024F])|abaixo(?![A-Za-z\\u00C0-\\u024F])|acima(?![A-Za-z\\u00C0-\\u024F]))[a-záéíóúâêôãõç]{4,}",
    /\d/,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:second person",
    "você(?:s)? (?:deve|pode|tem)|tu (?:deves|podes)",
  ),
  // Reported hedges: unnamed sources, what is "floated" or "given as certain", unknowns.
  cue(
    "hedged",
    "strong",
    "hedge:fontes",
    "segundo informações|de acordo com a fonte|uma fonte|fontes? (?:palaciana|do governo|próximas?|ligadas?)|(?:é|são|foi|foram) (?:cogitad[oa]s?|cotad[oa]s?|especulad[oa]s?)|dad[oa]s? como cert[oa]s?|(?:é|são) (?:uma )?incógnitas?|não se sabe|a crença|dificilmente|[a-záéíóúâêôãõç]{2,}riam",
    /(?<![A-Za-z\u00C0-\u024F])(?:confirm(?:ou|aram|a|am|ado|ada|ados|adas))(?![A-Za-z\u00C0-\u024F])/i,
  ),
  // What is at stake is the writer weighing the news, not reporting it; a figure at stake
  // ("128 seats") is a count, so a sentence with one is left alone.
  cue(
    "opinion",
    "weak",
    "opinion:em jogo",
    "(?:está|estão|estava|estavam|estará|estarão) em jogo|o que (?:está|se joga) em jogo",
    /\d/,
  ),
];

/** Evaluative words for the subjectivity score (`src/subjectivity.ts`). */
export const PT_SUBJECTIVITY: Subjectivity = {
  judgement:
    "é como se|arrogan(?:te|tes|cia)|cínic[oa]s?|cinismo|decepcionantes?|delirantes?|demagog(?:ia|ic[oa]s?)|descalabro|despudorad[oa]s?|disparate|escárnio|farsa|fiasco|incompetentes?|indecentes?|irresponsáve(?:l|is)|irresponsabilidade|mentiros[oa]s?|nefast[oa]s?|populistas?|sórdid[oa]s?|vexame|vexatóri[oa]s?|corajos[oa]s?|sensat[oa]s?|admiráve(?:l|is)|brilhantes?|pífi[oa]s?|medíocres?|vale lembrar|ressalte-se|convém lembrar|diga-se|vergonh(?:a|os[oa]s?)|lamentáve(?:l|is)|deplorávei?s?|inaceitáve(?:l|is)|intoleráve(?:l|is)|absurd[oa]s?|ridícul[oa]s?|patétic[oa]s?|escandalos[oa]s?|escândalos?|indign[oa]s?|mesquinh[oa]s?|hipócritas?|hipocrisia|corrupt[oa]s?|falcatruas?|roubos?|rombos?|impunidade|incompetência|incompetentes?|desastros[oa]s?|catastrófic[oa]s?|grotesc[oa]s?|palavrório|esperneio|bravatas?|golpistas?|excelentes?|magnífic[oa]s?|admiráve(?:l|is)|maldade|ignorância|espertalh(?:ão|ões)|otários?|latente|fatídic[oa]s?",
  sentiment:
    "propaganda|mentiras?|brutais|brutal|estranh[oa]s?|surpreendentes?|dramátic[oa]s?|inquietantes?|infelizmente|triste(?:s|mente)?|bonit[oa]s?|fei[oa]s?|desastre|humilhante|humilhação|bo(?:m|a|ns|as)|ma(?:u|us)|más?|melhor(?:es)?|pior(?:es)?|graves?|séri[oa]s?|perigos[oa]s?|preocupantes?|polêmic[oa]s?|problemas?|crise|fracasso|erro|complicad[oa]s?|difíce?(?:l|is)|imens[oa]s?|firme|enérgic[oa]|escândalos?|severamente|tragédia|confus[oa]|complex[oa]|polêmica",
  intensifier:
    "muito|muita|demasiad[oa]|realmente|extremamente|profundamente|absolutamente|tão somente|não passam? de|nada mais que|mais e mais",
  firstPerson:
    /(?<![A-Za-zÀ-ÿ])(?:[Ee]u|[Nn]ós|[Nn]oss[oa]s?|[Mm]eu|[Mm]inha|[Tt]emos|[Pp]ercebo|[Ss]ou)(?![A-Za-zÀ-ÿ])/,
  attribution:
    "qualificou|elogiou|criticou|saudou|chamou de|condenou|lamentou|disse|afirmou|declarou|garantiu|explicou|denunciou|acrescentou|sublinhou|escreveu|segundo ele|segundo ela|classificou|criticou",
};
