// Date words per language, as data: month and weekday names, relative days, "last/this week",
// decade phrases, and the order of numeric dates. The rules in ../dates.ts read only these
// tables, so a language is added by adding its row.

/** The date vocabulary of one language. Words are lower case, without the final period. */
export type DateLexicon = {
  /** Month names and abbreviations, index 0 = January. */
  months: string[][];
  /** Weekday names, index 0 = Monday. */
  weekdays: string[][];
  /** Words before a weekday or a date that do not change it ("on", "el", "le", "am", "na"). */
  lead: string[];
  /** Words between day and month or month and year ("de", "del", "of"). */
  joiners: string[];
  /** Words naming a day relative to the reference, with its offset in days. */
  days: [string, number][];
  /** Phrases naming the previous week, month or year. */
  lastWeek: string[];
  lastMonth: string[];
  lastYear: string[];
  /** Words after a weekday meaning the past one ("el domingo pasado"). */
  pastAfter: string[];
  /** Words before a weekday meaning this week's ("este domingo", "ce jeudi", "nesta sexta-feira"). */
  thisBefore: string[];
  /** Decade phrases: `{d}` stands for a two- or four-digit decade ("90", "1990"). */
  decades: string[];
  /** Spelled-out decades ("noventa" = 90). */
  decadeWords: [string, number][];
  /** Day-month order of numeric dates (04/07/2025). */
  numeric: "dmy" | "mdy";
};

const W_EN = [
  ["monday", "mon"],
  ["tuesday", "tue", "tues"],
  ["wednesday", "wed"],
  ["thursday", "thu", "thurs"],
  ["friday", "fri"],
  ["saturday", "sat"],
  ["sunday", "sun"],
];

export const LEXICON: Record<string, DateLexicon> = {
  en: {
    months: [
      ["january", "jan"],
      ["february", "feb"],
      ["march", "mar"],
      ["april", "apr"],
      ["may"],
      ["june", "jun"],
      ["july", "jul"],
      ["august", "aug"],
      ["september", "sep", "sept"],
      ["october", "oct"],
      ["november", "nov"],
      ["december", "dec"],
    ],
    weekdays: W_EN,
    lead: ["on", "since", "until", "by"],
    joiners: ["of"],
    days: [
      ["yesterday", -1],
      ["today", 0],
      ["tonight", 0],
    ],
    lastWeek: ["last week"],
    lastMonth: ["last month"],
    lastYear: ["last year"],
    pastAfter: [],
    thisBefore: ["this", "last"],
    decades: ["the {d}s", "the {d}'s"],
    decadeWords: [],
    numeric: "mdy",
  },
  es: {
    months: [
      ["enero", "ene"],
      ["febrero", "feb"],
      ["marzo", "mar"],
      ["abril", "abr"],
      ["mayo"],
      ["junio", "jun"],
      ["julio", "jul"],
      ["agosto", "ago"],
      ["septiembre", "setiembre", "sep", "sept"],
      ["octubre", "oct"],
      ["noviembre", "nov"],
      ["diciembre", "dic"],
    ],
    weekdays: [
      ["lunes"],
      ["martes"],
      ["miércoles", "miercoles"],
      ["jueves"],
      ["viernes"],
      ["sábado", "sabado"],
      ["domingo"],
    ],
    lead: ["el", "este", "desde el", "hasta el", "del"],
    joiners: ["de", "del"],
    days: [
      ["anteayer", -2],
      ["antier", -2],
      ["ayer", -1],
      ["hoy", 0],
    ],
    lastWeek: ["la semana pasada", "la pasada semana"],
    lastMonth: ["el mes pasado", "el pasado mes"],
    lastYear: ["el año pasado", "el pasado año"],
    pastAfter: ["pasado"],
    thisBefore: ["este", "pasado", "el pasado"],
    decades: ["los años {d}", "la década de {d}", "década de los {d}"],
    decadeWords: [
      ["sesenta", 60],
      ["setenta", 70],
      ["ochenta", 80],
      ["noventa", 90],
    ],
    numeric: "dmy",
  },
  fr: {
    months: [
      ["janvier", "janv"],
      ["février", "fevrier", "févr", "fevr"],
      ["mars"],
      ["avril", "avr"],
      ["mai"],
      ["juin"],
      ["juillet", "juil"],
      ["août", "aout"],
      ["septembre", "sept"],
      ["octobre", "oct"],
      ["novembre", "nov"],
      ["décembre", "decembre", "déc", "dec"],
    ],
    weekdays: [
      ["lundi"],
      ["mardi"],
      ["mercredi"],
      ["jeudi"],
      ["vendredi"],
      ["samedi"],
      ["dimanche"],
    ],
    lead: ["le", "ce", "depuis le", "du", "au"],
    joiners: [],
    days: [
      ["avant-hier", -2],
      ["hier", -1],
      ["aujourd'hui", 0],
      ["aujourd’hui", 0],
    ],
    lastWeek: ["la semaine dernière", "la semaine passée"],
    lastMonth: ["le mois dernier", "le mois passé"],
    lastYear: ["l'an dernier", "l’an dernier", "l'année dernière", "l’année dernière"],
    pastAfter: ["dernier"],
    thisBefore: ["ce"],
    decades: ["les années {d}", "années {d}"],
    decadeWords: [
      ["soixante", 60],
      ["soixante-dix", 70],
      ["quatre-vingt", 80],
      ["quatre-vingts", 80],
      ["quatre-vingt-dix", 90],
    ],
    numeric: "dmy",
  },
  pt: {
    months: [
      ["janeiro", "jan"],
      ["fevereiro", "fev"],
      ["março", "marco", "mar"],
      ["abril", "abr"],
      ["maio", "mai"],
      ["junho", "jun"],
      ["julho", "jul"],
      ["agosto", "ago"],
      ["setembro", "set"],
      ["outubro", "out"],
      ["novembro", "nov"],
      ["dezembro", "dez"],
    ],
    weekdays: [
      ["segunda-feira"],
      ["terça-feira", "terca-feira"],
      ["quarta-feira"],
      ["quinta-feira"],
      ["sexta-feira"],
      ["sábado", "sabado"],
      ["domingo"],
    ],
    lead: ["na", "no", "nesta", "neste", "nessa", "nesse", "esta", "este", "em", "desde"],
    joiners: ["de"],
    days: [
      ["anteontem", -2],
      ["ontem", -1],
      ["hoje", 0],
    ],
    lastWeek: ["a semana passada", "na semana passada"],
    lastMonth: ["o mês passado", "no mês passado"],
    lastYear: ["o ano passado", "no ano passado"],
    pastAfter: ["passado", "passada"],
    thisBefore: ["nesta", "neste", "esta", "este", "nessa", "nesse", "na última", "no último"],
    decades: ["os anos {d}", "anos {d}", "década de {d}"],
    decadeWords: [
      ["sessenta", 60],
      ["setenta", 70],
      ["oitenta", 80],
      ["noventa", 90],
    ],
    numeric: "dmy",
  },
  de: {
    months: [
      ["januar", "jänner", "jan"],
      ["februar", "feb"],
      ["märz", "maerz", "mär"],
      ["april", "apr"],
      ["mai"],
      ["juni", "jun"],
      ["juli", "jul"],
      ["august", "aug"],
      ["september", "sep", "sept"],
      ["oktober", "okt"],
      ["november", "nov"],
      ["dezember", "dez"],
    ],
    weekdays: [
      ["montag"],
      ["dienstag"],
      ["mittwoch"],
      ["donnerstag"],
      ["freitag"],
      ["samstag", "sonnabend"],
      ["sonntag"],
    ],
    lead: ["am", "seit", "vom", "bis"],
    joiners: [],
    days: [
      ["vorgestern", -2],
      ["gestern", -1],
      ["heute", 0],
    ],
    lastWeek: ["vergangene woche", "letzte woche", "in der vergangenen woche", "vorige woche"],
    lastMonth: ["vergangenen monat", "letzten monat", "im vergangenen monat"],
    lastYear: ["vergangenes jahr", "letztes jahr", "im vergangenen jahr", "vergangenen jahres"],
    pastAfter: [],
    thisBefore: ["diesen", "vergangenen", "letzten", "am vergangenen", "am letzten"],
    decades: ["{d}er", "{d}er jahre", "{d}er-jahre"],
    decadeWords: [],
    numeric: "dmy",
  },
  it: {
    months: [
      ["gennaio", "gen"],
      ["febbraio", "feb"],
      ["marzo", "mar"],
      ["aprile", "apr"],
      ["maggio", "mag"],
      ["giugno", "giu"],
      ["luglio", "lug"],
      ["agosto", "ago"],
      ["settembre", "set", "sett"],
      ["ottobre", "ott"],
      ["novembre", "nov"],
      ["dicembre", "dic"],
    ],
    weekdays: [
      ["lunedì", "lunedi"],
      ["martedì", "martedi"],
      ["mercoledì", "mercoledi"],
      ["giovedì", "giovedi"],
      ["venerdì", "venerdi"],
      ["sabato"],
      ["domenica"],
    ],
    lead: ["il", "lo", "dal", "al", "del", "nel"],
    joiners: [],
    days: [
      ["l'altro ieri", -2],
      ["l’altro ieri", -2],
      ["ieri", -1],
      ["oggi", 0],
    ],
    lastWeek: ["la settimana scorsa", "la scorsa settimana"],
    lastMonth: ["il mese scorso", "lo scorso mese"],
    lastYear: ["l'anno scorso", "l’anno scorso", "lo scorso anno"],
    pastAfter: ["scorso", "scorsa"],
    thisBefore: ["questo", "questa", "lo scorso", "la scorsa", "scorso", "scorsa"],
    decades: ["gli anni {d}", "anni {d}", "anni '{d}", "anni ’{d}"],
    decadeWords: [
      ["sessanta", 60],
      ["settanta", 70],
      ["ottanta", 80],
      ["novanta", 90],
    ],
    numeric: "dmy",
  },
};
