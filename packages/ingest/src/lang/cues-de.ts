// German modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue, type Subjectivity } from "./cues-types";

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
    "angeblich|offenbar|vermutlich|wahrscheinlich|möglicherweise|mögliche[nmrs]?|(?:im|unter) Verdacht|verdächtigt|aus [a-zäöü]*kreisen|ist (?:noch )?nicht bekannt|vielleicht|mutmaßlich|anscheinend|scheinbar|dürfte|dürften|könnte|könnten|nicht ausschließen|unklar|Gewissheit",
  ),
  cue(
    "hedged",
    "strong",
    "reported:laut",
    /(?<![A-Za-z\u00C0-\u024F])laut(?![A-Za-z\u00C0-\u024F])[^.;!?]{1,100},/i,
  ),
  cue(
    "hedged",
    "weak",
    "conditional:falls",
    /(?:^|[,;]\s*)(?:falls|wenn|sofern)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue(
    "prediction",
    "weak",
    "prediction:werden",
    // The verb closes the clause: the sentence's end, a comma or "und" before a second verb
    // ("werden wir die Sanktionen aufrechterhalten und zugleich sicherstellen"). "werde" is the
    // Konjunktiv I of reported speech ("Daher werde Deutschland die Ukraine unterstützen, …").
    /(?<![A-Za-z\u00C0-\u024F])(?:wird|werden|werde) (?:[^.,]{0,60} )?(?:[A-Za-z\u00C0-\u024F]+en)(?: (?:werden|können|müssen))?(?=[.!?]?$|,| und )/i,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:wertend",
    "feiger?n?|abscheulich(?:e|en)?|unerträglich|skandalös|schändlich",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:Berichten zufolge",
    "Berichten zufolge|eventuell|womöglich|unter Umständen|es ist möglich|vermutet|heißt es|Medienberichten",
  ),
  cue("hedged", "weak", "hedge:kann", "kann|können"),
  cue(
    "prediction",
    "strong",
    "prediction:plant",
    // "will"/"wolle" only with an infinitive after it: English "will" is read by these cues too
    // when a page's language is unknown.
    "plant|planen|beabsichtigt|beabsichtigen|(?:will|wolle)(?=(?: [^ .]+){0,8} [a-zäöüß]+en(?:[ .,;]|$))|wollen|kündigt an|kündigte an",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:leider",
    "leider|zum Glück|glücklicherweise|selbstverständlich|es ist Zeit|ich hoffe|wir hoffen|muss|müssen",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:Urteil",
    "absurd|lächerlich|gefährlich|Schande|unverantwortlich|inakzeptabel|katastrophal|Desaster",
  ),
  // Families added for issue 9 (generic phrasing; corpus pages in test/modality-families.test.ts).
  cue(
    "hedged",
    "strong",
    "hedge:Hochrechnung",
    "(?:laut|nach) (?:der |den |ersten )?(?:Hochrechnung(?:en)?|Prognose(?:n)?|Umfrage(?:n)?|Schätzung(?:en)?|vorläufigen Ergebnissen|ersten Ergebnissen)|(?:Hochrechnung(?:en)?|Prognose(?:n)?|Umfrage(?:n)?) (?:sieht|sehen|zeigt|zeigen|gibt|geben)|(?:vorläufige[nms]?|erste[nm]?) (?:End)?ergebnis(?:se|sen)?",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:unbestätigt",
    "unbestätigt|nicht (?:unabhängig )?(?:bestätigt|überprüf(?:t|bar))|inoffiziell|Gerüchte?n?|Spekulationen|spekuliert|befürchtet|befürchten|es wird befürchtet|wohl|würde|würden|wäre|wären",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:es ist eine Schande",
    "es ist (?:eine |ein )?(?:Schande|Skandal|schade|bedauerlich|Armutszeugnis|Unding)|was für eine|ich (?:finde|meine|denke)|meiner Ansicht|aus meiner Sicht|ehrlich gesagt|offen gesagt|übrigens|immerhin|ausgerechnet|wir (?:brauchen|dürfen nicht)",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:wertendes Adjektiv",
    "empörend|unglaublich|furchtbar|schrecklich|peinlich|verheerend|fatal|großartig|hervorragend|genial|erbärmlich|verlogen|zynisch|dreist|perfide|(?:rein|bloß) symbolisch|symbolische Geste",
  ),
  // An intensified adjective in a sentence without a figure is the writer's judgement ("very
  // disappointing"); a sentence with numbers is measuring, not judging.
  cue(
    "opinion",
    "weak",
    "opinion:Verstärker",
    "(?:sehr|äußerst|extrem|wirklich|zutiefst|furchtbar|ziemlich|viel zu|allzu|total|völlig) (?!viele?n?(?![A-Za-z\\u00C0-\\u024F])|wenige?n?(?![A-Za-z\\u00C0-\\u024F])|oft(?![A-Za-z\\u00C0-\\u024F])|früh(?![A-Za-z\\u00C0-\\u024F])|spät(?![A-Za-z\\u00C0-\\u024F])|lange?(?![A-Za-z\\u00C0-\\u024F])|bald(?![A-Za-z\\u00C0-\\u024F])|gut(?![A-Za-z\\u00C0-\\u024F])|hoch(?![A-Za-z\\u00C0-\\u024F])|nah(?![A-Za-z\\u00C0-\\u024F])|weit(?![A-Za-z\\u00C0-\\u024F]))[a-zäöüß]{4,}",
    /\d/,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:second person",
    "Sie (?:müssen|sollten|können)|du (?:musst|solltest|kannst)",
  ),
  // Reported hedges: a media report or circles as the source, signs that "thicken".
  cue(
    "hedged",
    "strong",
    "hedge:Bericht",
    "nach (?:einem|einem neuen|ersten) Bericht|einem Bericht zufolge|laut (?:einem|einem neuen) Bericht|Anzeichen|Hinweise (?:auf|verdichten)|verdichten sich|Kreisen zufolge|aus (?:gut )?informierten Kreisen",
    /(?<![A-Za-z\u00C0-\u024F])(?:bestätigt(?:e|en)?|bestätigen)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  // What is at stake is the writer weighing the news, not reporting it; a figure at stake
  // ("128 seats") is a count, so a sentence with one is left alone.
  cue(
    "opinion",
    "weak",
    "opinion:auf dem Spiel",
    "(?:steht|stehen|stand|standen) (?:[a-zäöüß]+ ){0,3}auf dem Spiel|auf dem Spiel (?:steht|stehen|stand|standen)",
    /\d/,
  ),
];

/** Evaluative words for the subjectivity score (`src/subjectivity.ts`). */
export const DE_SUBJECTIVITY: Subjectivity = {
  judgement:
    "es ist,? als (?:ob|hätte|wäre|würde)|wirk(?:t|en) (?:oft |geradezu |fast )?wie|arrogant(?:e[nmrs]?)?|armselig(?:e[nmrs]?)?|blamage|chaotisch(?:e[nmrs]?)?|dilettantisch(?:e[nmrs]?)?|dummheit|dumm(?:e[nmrs]?)?|enttäuschend(?:e[nmrs]?)?|fahrlässig(?:e[nmrs]?)?|heuchelei|instinktlos(?:e[nmrs]?)?|irrsinn(?:ig(?:e[nmrs]?)?)?|kläglich(?:e[nmrs]?)?|mutig(?:e[nmrs]?)?|populistisch(?:e[nmrs]?)?|realitätsfern(?:e[nmrs]?)?|schäbig(?:e[nmrs]?)?|töricht(?:e[nmrs]?)?|überfällig(?:e[nmrs]?)?|unsäglich(?:e[nmrs]?)?|unverschämt(?:e[nmrs]?)?|weise|vernünftig(?:e[nmrs]?)?|beschämend(?:e[nmrs]?)?|fragwürdig(?:e[nmrs]?)?|naiv(?:e[nmrs]?)?|seien wir ehrlich|machen wir uns nichts vor|wohlgemerkt|beklagenswert(?:e[nmrs]?)?|erbärmlich(?:e[nmrs]?)?|peinlich(?:e[nmrs]?)?|lächerlich(?:e[nmrs]?)?|absurd(?:e[nmrs]?)?|skandalös(?:e[nmrs]?)?|unerträglich(?:e[nmrs]?)?|unverantwortlich(?:e[nmrs]?)?|verantwortungslos(?:e[nmrs]?)?|schändlich(?:e[nmrs]?)?|heuchlerisch(?:e[nmrs]?)?|zynisch(?:e[nmrs]?)?|dreist(?:e[nmrs]?)?|verlogen(?:e[nmrs]?)?|unfähig(?:e[nmrs]?)?|katastrophal(?:e[nmrs]?)?|desaströs(?:e[nmrs]?)?|fatal(?:e[nmrs]?)?|miserabel|misere|armutszeugnis|unsinn|blödsinn|schande|farce|debakel|großartig(?:e[nmrs]?)?|hervorragend(?:e[nmrs]?)?|vorbildlich(?:e[nmrs]?)?|lobenswert(?:e[nmrs]?)?|vollmundig(?:e[nmrs]?)?|unreflektiert(?:e[nmrs]?)?",
  sentiment:
    "gescheitert(?:e[nmrs]?)?|skandal|propaganda|lüge[n]?|brutal(?:e[nmrs]?)?|seltsam(?:e[nmrs]?)?|merkwürdig(?:e[nmrs]?)?|überraschend(?:e[nmrs]?)?|dramatisch(?:e[nmrs]?)?|leider|traurig(?:e[nmrs]?)?|schön(?:e[nmrs]?)?|hässlich(?:e[nmrs]?)?|gut(?:e[nmrs]?)?|schlecht(?:e[nmrs]?)?|best(?:e[nmrs]?)|schlimm(?:e[nmrs]?|ste[nmrs]?)?|ernst(?:e[nmrs]?)?|gefährlich(?:e[nmrs]?)?|besorgniserregend(?:e[nmrs]?)?|problem(?:e|atisch)?|krise|fehler|versagt|enorm(?:e[nmrs]?)?|dauerhaft(?:e[nmrs]?)?|deftig(?:e[nmrs]?)?|stabil(?:e[nmrs]?)?|handlungsfähig(?:e[nmrs]?)?|tragfähig(?:e[nmrs]?)?|rasch(?:e[nmrs]?)?|verschärft(?:e[nmrs]?)?|glaubwürdigkeit|brauchen|braucht",
  intensifier:
    "sehr|allzu|äußerst|extrem|wirklich|zutiefst|völlig|total|ganz sicher|offensichtlich|gar nicht|keinerlei|eigentlich|wenigstens|so richtig|ziemlich",
  firstPerson:
    /(?<![A-Za-zÄÖÜäöüß])(?:[Ii]ch|[Ww]ir|[Uu]ns(?:er(?:e[nmrs]?)?)?|[Mm]an)(?![A-Za-zÄÖÜäöüß])/,
  attribution:
    "lobte|begrüßte|verurteilte|sprach von|bezeichneten|nannten|kritisierten|sagte|sagten|erklärte|erklärten|betonte|betonten|kritisierte|warnte|schrieb|teilte|forderte|nannte|bezeichnete|so der|so die",
};
