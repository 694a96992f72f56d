// Spanish modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue, type Subjectivity } from "./cues-types";

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
    "probablemente|posiblemente|probables?|(?:un|una|el|la|los|las) posibles?|(?:la|una) posibilidad|se desconoce|(?:aún|todavía) no se sabe|quizás?|tal vez|al parecer|aparentemente|presuntamente|supuestamente|se cree|se especula|no está claro|parece que|parece ser",
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
    // A capital inside the sentence starts a name, not a verb (as Portuguese "Ceará", "Pará").
    /(?<![A-Za-z\u00C0-\u024F])(?:[a-z\u00DF-\u024F]|(?<=^["“«¿¡]?)[A-Z\u00C0-\u00DE])[A-Za-z\u00C0-\u024F]+(?:rá|rán)(?![A-Za-z\u00C0-\u024F])|(?<![A-Za-z\u00C0-\u024F])(?:[Vv]a|[Vv]an) a (?=[A-Za-z\u00C0-\u024F]+r(?![A-Za-z\u00C0-\u024F]))/,
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
  // Families added for issue 9 (generic phrasing; corpus pages in test/modality-families.test.ts).
  cue(
    "hedged",
    "strong",
    "hedge:estimaciones",
    "(?:según|de acuerdo con) (?:las |los )?(?:proyecciones|estimaciones|sondeos|encuestas|resultados (?:preliminares|parciales)|datos preliminares|primeros (?:datos|resultados))|(?:proyecciones|estimaciones|sondeos|encuestas|resultados (?:preliminares|parciales)|primeros (?:datos|resultados)|boca de urna|conteo rápido) (?:dan|indican|muestran|señalan|apuntan|otorgan|sitúan|colocan)",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:sin confirmar",
    "sin confirmar|no (?:ha sido|fue|han sido|fueron) (?:confirmad|verificad)[oa]s?|extraoficial(?:es|mente)?|presunt[oa]s?|supuest[oa]s?|se (?:teme|sospecha|presume|supone|rumorea|especula|estima)|rumores|especulaciones|no se descarta|todo (?:indica|apunta) (?:que|a)|(?:tendría|tendrían|haría|harían|llegaría|llegarían|estarían|[A-Za-z\u00C0-\u024F]{2,}rían)",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:es una vergüenza",
    "es (?:una )?(?:vergüenza|lástima|pena|barbaridad|locura|desgracia|tragedia|burla)|qué (?:vergüenza|pena|lástima)|me parece|nos parece|a mi entender|personalmente|francamente|sinceramente|lo cierto es que|la verdad es que|no cabe duda|debemos|necesitamos|no podemos|hay que reconocer",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:adjetivo evaluativo",
    "indignante|intolerable|patétic[oa]|terrible|horrible|nefast[oa]|desastros[oa]|magnífic[oa]|excelente|extraordinari[oa]|maravillos[oa]|estupend[oa]|guap[oa]|hermos[oa]|vergonzos[oa]|escandalos[oa]|absurd[oa]|ridícul[oa]|(?:gesto|acto) (?:meramente |puramente )?simbólico",
  ),
  // An intensified adjective in a sentence without a figure is the writer's judgement ("very
  // disappointing"); a sentence with numbers is measuring, not judging.
  cue(
    "opinion",
    "weak",
    "opinion:intensificador",
    "(?:muy|sumamente|extremadamente|realmente|verdaderamente|demasiado|tan|bastante) (?!s[oó]lo(?![A-Za-z\\u00C0-\\u024F])|poc[oa]s?(?![A-Za-z\\u00C0-\\u024F])|much[oa]s?(?![A-Za-z\\u00C0-\\u024F])|cerca(?![A-Za-z\\u00C0-\\u024F])|lejos(?![A-Za-z\\u00C0-\\u024F])|pronto(?![A-Za-z\\u00C0-\\u024F])|tarde(?![A-Za-z\\u00C0-\\u024F])|temprano(?![A-Za-z\\u00C0-\\u024F])|bien(?![A-Za-z\\u00C0-\\u024F])|mal(?![A-Za-z\\u00C0-\\u024F])|alt[oa]s?(?![A-Za-z\\u00C0-\\u024F])|baj[oa]s?(?![A-Za-z\\u00C0-\\u024F]))[a-záéíóúñ]{4,}",
    /\d/,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:second person",
    "usted(?:es)? (?:debe|puede|tiene)|tú (?:debes|puedes)",
  ),
  // Reported hedges: unnamed sources, versions, possibilities; the conditional of rumour.
  cue(
    "hedged",
    "strong",
    "hedge:fuentes",
    "fuentes (?:oficiales|del gobierno|gubernamentales|cercanas|consultadas|parlamentarias|de la casa rosada|de casa rosada|diplomáticas)|una fuente|(?:recoge|circulan|se manejan) versiones|la posibilidad de que|no (?:está|queda) claro|[a-záéíóúñ]{2,}rían|aún no se sabe",
    /(?<![A-Za-z\u00C0-\u024F])(?:confirm(?:ó|aron|a|an|ado|ada|ados|adas)|se confirman?)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:obligación",
    "debe(?:n|mos)?(?! de)|tenemos que|habrá que|hay que",
    /\d/,
  ),
  // What is at stake is the writer weighing the news, not reporting it; a figure at stake
  // ("128 seats") is a count, so a sentence with one is left alone.
  cue(
    "opinion",
    "weak",
    "opinion:en juego",
    "(?:está|están|estaba|estaban|estará|estarán) en juego|lo que (?:se juega|está en juego)",
    /\d/,
  ),
];

/** Evaluative words for the subjectivity score (`src/subjectivity.ts`). */
export const ES_SUBJECTIVITY: Subjectivity = {
  judgement:
    "es como si|arrogan(?:te|tes|cia)|bochorno|chapuza|cínic[oa]s?|cinismo|decepcionantes?|delirantes?|demagog(?:ia|ic[oa]s?)|desastroso|desvergonzad[oa]s?|disparate|esperpento|esperpéntic[oa]s?|farsa|impresentables?|incompetentes?|incompetencia|indecentes?|irresponsables?|irresponsabilidad|mentiros[oa]s?|nefasto|patraña|populistas?|ruin(?:es)?|sinvergüenzas?|torpeza|valientes?|sensat[oa]s?|encomiable|admirable|brillantes?|digámoslo|seamos claros|hay que decirlo|cabe recordar|absurd[oa]s?|vergüenza|vergonzos[oa]s?|desvergüenza|escandalos[oa]s?|escándalo|ridícul[oa]s?|patétic[oa]s?|lamentables?|deplorables?|inaceptables?|intolerables?|indign[oa]s?|mezquin[oa]s?|hipócrita?s?|hipocresía|corrupt[oa]s?|corruptela|despótic[oa]s?|retorcid[oa]s?|nefast[oa]s?|desastros[oa]s?|catastrófic[oa]s?|grotesc[oa]s?|bochornos[oa]s?|sinrazón|gravísim[oa]s?|pésim[oa]s?|excelentes?|magnífic[oa]s?|admirables?|encomiables?|sensatez|prudencia|sabiduría|buen juicio|vanidad|engreimiento|cosmétic[oa]s?|inoperancia|falta de escrúpulos",
  sentiment:
    "propaganda|mentiras?|brutal(?:es)?|extrañ[oa]s?|sorprendentes?|dramátic[oa]s?|inquietantes?|lamentablemente|triste(?:s|mente)?|bonit[oa]s?|fe[oa]s?|desastre|humillante|humillación|buen[oa]s?|mal[oa]s?|mejor(?:es)?|peor(?:es)?|graves?|seri[oa]s?|peligros[oa]s?|preocupantes?|polémic[oa]s?|problemas?|crisis|fracaso|error|confus[oa]s?|difícil(?:es)?|dur[oa]s?|frustración|esperanza|innegable|por desgracia|desgracia|urgía",
  intensifier:
    "muy|demasiad[oa]s?|realmente|verdaderamente|sumamente|extremadamente|absolutamente|profundamente|meramente|ni siquiera",
  firstPerson:
    /(?<![A-Za-zÀ-ÿ])(?:[Yy]o|[Nn]osotros|[Nn]uestr[oa]s?|[Mm]e|[Mm]is?|[Cc]reo)(?![A-Za-zÀ-ÿ])/,
  attribution:
    "califica|calificaron|elogió|criticó|celebró|saludó|tachó|condenó|calificó|dijo|afirmó|declaró|aseguró|señaló|indicó|explicó|denunció|añadió|agregó|sostuvo|manifestó|expresó|escribió|según él|según ella|calificó",
};
