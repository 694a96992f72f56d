// French modality cues. Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue, type Subjectivity } from "./cues-types";

export const FR_CUES: Cue[] = [
  cue(
    "opinion",
    "strong",
    "opinion:je pense",
    "je pense|je crois|nous estimons|à mon avis|selon moi|il faut|il est (?:important|essentiel|crucial|inacceptable|scandaleux|indispensable)",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:devrait",
    "devrait|devraient|doit être|doivent être|est attendue?s?|sont attendue?s|est prévue?s?|prévoit de|s['’]attend(?:ait|aient)? à ce que",
  ),
  cue("hedged", "strong", "hedge:pourrait", "pourrait|pourraient|aurait|auraient|serait|seraient"),
  cue(
    "hedged",
    "strong",
    "hedge:probablement",
    "probablement|peut-être|sans doute|apparemment|vraisemblablement|(?:un|une|le|la|les|d['’]un|d['’]une) (?:éventuel(?:le)?s?|possibles?)|selon nos informations|il semble|semble-t-il|présumée?s?|supposée?s?|probable|il se peut|on ignore",
  ),
  cue(
    "hedged",
    "strong",
    "reported:selon",
    /(?<![A-Za-z\u00C0-\u024F])(?:selon|d['’]après)(?![A-Za-z\u00C0-\u024F])[^.;!?]{1,100},/i,
  ),
  cue(
    "hedged",
    "weak",
    "conditional:si",
    /(?:^|[,;]\s*)(?:si|s['’]il|s['’]ils|au cas où)(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue(
    "prediction",
    "weak",
    "prediction:futur",
    /(?<![A-Za-z\u00C0-\u024F])(?:[A-Za-z\u00C0-\u024F]{2,}(?:eront|iront|ront)|sera|fera|aura|pourra|devra|ira|[A-Za-z\u00C0-\u024F]{3,}(?:era|rai))(?![A-Za-z\u00C0-\u024F])/i,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:évaluatif",
    "étonnante?s?|scandaleu(?:x|se)|honteu(?:x|se)|lâche|inacceptable|brutale?s?|injustifiée?s?",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:il est possible",
    "il est possible|possible que|on dit que|selon des (?:sources|informations)|d['’]après des sources|pourrait-être",
  ),
  cue("hedged", "weak", "hedge:peut", "peut|peuvent"),
  cue(
    "prediction",
    "strong",
    "prediction:compte",
    "compte|comptent|entend|entendent|envisage|envisagent|a l['’]intention de|s['’]apprête à|s['’]apprêtent à",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:adverbe",
    "malheureusement|heureusement|évidemment|bien sûr|il est temps|il faudrait|j['’]espère|nous espérons",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:jugement",
    "absurde|ridicule|dangereu(?:x|se)|honte|inadmissible|catastrophique|irresponsable|désastre",
  ),
  // Families added for issue 9 (generic phrasing; corpus pages in test/modality-families.test.ts).
  cue(
    "hedged",
    "strong",
    "hedge:estimations",
    "selon (?:les )?(?:projections|estimations|sondages|premiers résultats|résultats partiels|premières estimations)|(?:projections|estimations|sondages|premiers résultats|résultats partiels) (?:donnent|indiquent|montrent|placent|créditent|attribuent)",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:non confirmé",
    "non confirmée?s?|pas (?:encore )?(?:été )?confirmée?s?|officieu(?:x|se|sement)|rumeurs?|spéculations?|on craint|craint que|[A-Za-z\u00C0-\u024F]{2,}raient|(?:au|se|pour|fe|i|dev|voud|faud|vaud|tiend|viend|sau)rait",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:c'est une honte",
    "c['’]est (?:une |un )?(?:honte|scandale|catastrophe|erreur|dommage|bonne nouvelle|mauvaise nouvelle|gâchis)|quel(?:le)? (?:honte|dommage|gâchis)|il est (?:dommage|regrettable|temps|urgent)|à mes yeux|personnellement|franchement|honnêtement|force est de constater|nous devons|on doit|il ne faut pas|tout de même|quand même",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:adjectif évaluatif",
    "lamentable|honteu(?:x|se)|scandaleu(?:x|se)|pathétique|grotesque|insupportable|intolérable|désastreu(?:x|se)|formidable|magnifique|excellente?|géniale?|rigolo|relou|drôle|stupéfiante?|(?:largement|purement|hautement) symbolique|geste symbolique",
  ),
  // An intensified adjective in a sentence without a figure is the writer's judgement ("very
  // disappointing"); a sentence with numbers is measuring, not judging.
  cue(
    "opinion",
    "weak",
    "opinion:intensif",
    "(?:très|extrêmement|vraiment|tellement|profondément|terriblement|trop|bien trop) (?!peu(?![A-Za-z\\u00C0-\\u024F])|nombreu(?:x|ses)(?![A-Za-z\\u00C0-\\u024F])|près(?![A-Za-z\\u00C0-\\u024F])|loin(?![A-Za-z\\u00C0-\\u024F])|tôt(?![A-Za-z\\u00C0-\\u024F])|tard(?![A-Za-z\\u00C0-\\u024F])|bien(?![A-Za-z\\u00C0-\\u024F])|longtemps(?![A-Za-z\\u00C0-\\u024F])|souvent(?![A-Za-z\\u00C0-\\u024F]))[a-zàâçéèêëîïôûùüÿœ]{4,}",
    /\d/,
  ),
  cue("opinion", "weak", "opinion:second person", "vous (?:devez|pouvez|allez)|tu (?:dois|peux)"),
  // Reported hedges: an unnamed source, media reports, the conditional of unconfirmed news.
  cue(
    "hedged",
    "strong",
    "hedge:source",
    /(?:^|[,;]\s*|selon |d['’]après )(?:une|plusieurs|des) sources?(?![A-Za-z\u00C0-\u024F])|(?:de|des) sources? (?:proches|gouvernementales|concordantes|diplomatiques|bien informées)|d['’]après plusieurs médias|selon (?:plusieurs|certains) médias/i,
    /(?<![A-Za-z\u00C0-\u024F])(?:a|ont) confirmé|confirme(?:nt)?(?![A-Za-z\u00C0-\u024F])/i,
  ),
  // Obligation: the writer (or "on", "il faut") tells what must be done.
  cue(
    "opinion",
    "weak",
    "opinion:obligation",
    "doivent(?! être)|doit(?! être)|devons|devez|faudrait|il faudra|ne faut pas",
    /\d/,
  ),
  // What is at stake is the writer weighing the news, not reporting it; a figure at stake
  // ("128 seats") is a count, so a sentence with one is left alone.
  cue(
    "opinion",
    "weak",
    "opinion:en jeu",
    "(?:est|sont|était|étaient|sera|seront) en jeu|ce qui (?:se joue|est en jeu)",
    /\d/,
  ),
];

/** Evaluative words for the subjectivity score (`src/subjectivity.ts`). */
export const FR_SUBJECTIVITY: Subjectivity = {
  judgement:
    "c['’]est comme si|tout se passe comme si|aberration|arrogante?s?|bêtise|calamité|chaotique|contre-productive?s?|démagogi(?:e|que)s?|déni|dérive|désolante?s?|déconnectée?s?|écœurante?s?|errements|fumisterie|gabegie|hallucinante?s?|incohérente?s?|incohérence|indécente?s?|irresponsables?|laxisme|lamentablement|naïve?s?|odieu(?:x|se)s?|piteu(?:x|se)s?|populistes?|sidérante?s?|triste?s?|tristement|vaines?|vains?|remarquable|brillante?s?|sage|lucides?|courage|force est de constater|pour dire vrai|disons-le|avouons-le|il faut l['’]avouer|absurdes?|affligeante?s?|aberrante?s?|calamiteu(?:x|se)s?|catastrophiques?|cyniques?|cynisme|débâcle|déplorables?|désastreu(?:x|se)s?|détestables?|effarante?s?|exécrables?|fiasco|flagrante?s?|grotesques?|honte|honteu(?:x|se)s?|hypocrite?s?|hypocrisie|ignobles?|inacceptables?|inadmissibles?|incompétente?s?|incompétence|indignes?|ineptes?|insupportables?|intolérables?|lamentables?|lâches?|lâcheté|mauvaise foi|médiocres?|minables?|navrante?s?|pathétiques?|pitoyables?|ridicules?|scandale|scandaleu(?:x|se)s?|stupides?|consternante?s?|révoltante?s?|mépris|magnifiques?|formidables?|admirables?|salutaires?|courageu(?:x|se)s?|criante?s?|gâchis|mascarade|imposture|dérisoires?|insensée?s?|folle?s?|délirante?s?|gabegie|naufrage",
  sentiment:
    "propagande|mensonges?|brutale?s?|étrange?s?|choquante?s?|curieu(?:x|se)s?|dommage|dramatiques?|inquiétude|malheureusement|regrettables?|surprenante?s?|belle?s?|beau|laid|sombre|triste|bon(?:ne)?s?|mauvaise?s?|meilleure?s?|pire|graves?|sérieu(?:x|se)s?|fragiles?|faibles?|dangereu(?:x|se)s?|inquiétante?s?|préoccupante?s?|problèmes?|crise|échec|erreur|faute|énormes?|immenses?|injustes?|inefficaces?|éprouvante?s?|pénibles?|inattendue?s?|malheur",
  intensifier:
    "très|tellement|extrêmement|vraiment|profondément|terriblement|bien trop|tout à fait|d['’]autant plus|absolument|décidément|assurément|n['’]est que|ne sont que|rien que|plus ou moins|pour dire vrai",
  firstPerson:
    /(?<![A-Za-zÀ-ÿ])(?:[Jj]e|[Jj]['’]|[Nn]ous|[Nn]otre|[Nn]os|[Mm]oi|[Oo]n)(?![A-Za-zÀ-ÿ])/,
  attribution:
    "salue|saluent|a salué|ont salué|qualifie|qualifient|a qualifié|juge|jugent|estime|estiment|fustige|critique|critiquent|dénoncent|a déclaré|a dit|accuse|a accusé|ont accusé|dit|disent|condamne|condamnent|a affirmé|a assuré|a indiqué|a dénoncé|a souligné|a expliqué|a annoncé|a estimé|a ajouté|a jugé|a fustigé|a critiqué|selon lui|selon elle|déclare|affirme|dénonce|a-t-il|a-t-elle|a fait savoir|ont dénoncé|ont déclaré",
};
