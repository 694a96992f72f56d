// English modality cues. Corpus pages (not the seed) that use each family are named in
// test/modality-lang.test.ts.
import { type Cue, cue, type Subjectivity } from "./cues-types";

const REPORTED = /(?<![A-Za-z\u00C0-\u024F])according to(?![A-Za-z\u00C0-\u024F])[^.;!?]{1,100},/i;

export const EN_CUES: Cue[] = [
  cue(
    "question",
    "strong",
    "question:why would",
    /^(?:so,?\s+)?why (?:would|should|did|does|do|is|are)\b/i,
  ),
  cue("opinion", "strong", "opinion:should/must", "should(?:n't| not)?|must(?:n't| not)?|ought to"),
  cue(
    "opinion",
    "strong",
    "opinion:it is important",
    "it(?:'s|’s| is| was| remains) (?:crucial|essential|important|vital|imperative|necessary|unacceptable|outrageous)",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:is essential",
    "(?:is|are|remains) (?:essential|crucial|vital|imperative|unacceptable|outrageous|disgraceful|shameful)",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:first person",
    "(?:I|we) (?:think|believe|feel|argue)|in (?:my|our) (?:view|opinion)",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:coming months",
    "(?:in )?the (?:coming|next) (?:days|weeks|months|years)",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:is expected to",
    "(?:is|are|was|were) (?:expected|set|poised|scheduled|due|projected|forecast) to|expects?|expecting|(?:is|are|was|were) hoped",
  ),
  cue("prediction", "weak", "prediction:looking ahead", "looking ahead|in the future"),
  cue("hedged", "strong", "hedge:modal", /\b(?:could|may|might)\b/),
  cue(
    "hedged",
    "strong",
    "hedge:likely",
    "likely|unlikely|probably|possibly|perhaps|potentially|presumably|apparently|arguably|(?:a|any) possible|it is (?:not|still) known|(?:remains?|is|are) unknown",
  ),
  cue("hedged", "strong", "hedge:appears", "(?:appears?|seems?|appeared|seemed) (?:to|that)"),
  cue(
    "hedged",
    "strong",
    "hedge:reportedly",
    "reportedly|allegedly|purportedly|rumou?red|unconfirmed|(?:is|are) said to",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:remains to be seen",
    "remains to be seen|it is (?:not|un)clear whether",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:reports suggest",
    "reports (?:have )?(?:emerged|surfaced|suggest)(?: suggesting)?|experts (?:suggest|say it is possible|believe)",
  ),
  cue("hedged", "strong", "reported:according to", REPORTED),
  cue("hedged", "weak", "hedge:suggests", "(?:suggests?|indicates?) that|might indicate"),
  cue("hedged", "weak", "hedge:can", /\bcan (?!not\b)/i),
  cue("hedged", "weak", "conditional:if", /(?:^|,\s*)(?:if|unless|whether)\b/i),
  cue("hedged", "weak", "conditional:would", "would"),
  cue("prediction", "weak", "prediction:will", "will|won't|shall|(?:is|are) going to"),
  cue(
    "opinion",
    "weak",
    "opinion:marks a turning point",
    "marks? an? (?:\\w+ )?(?:turning point|milestone|moment)",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:importance",
    "(?:underscores?|highlights?) the (?:importance|need)",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:evaluative",
    "shocking|stunning|outrageous|disgraceful|remarkable|alarming|troubling|regrettable|cowardly|heinous|remains fragile",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:sources say",
    "sources (?:say|said|told)|(?:is|are|was|were) (?:believed|thought|understood|estimated) to|it is (?:believed|possible|thought)|reports say",
  ),
  cue(
    "prediction",
    "strong",
    "prediction:plans to",
    "plans? to|planning to|aims? to|intends? to|(?:is|are) to be|hopes? to",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:stance adverb",
    "unfortunately|fortunately|sadly|obviously|clearly|of course|needs? to|it is time|I hope|we hope",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:judgement",
    "absurd|ridiculous|dangerous|shameful|unacceptable|reckless|irresponsible|tragic|deplorable|appalling|welcome(?:d)? news|best|worst",
  ),
  // Families added for issue 9 (generic phrasing; corpus pages in test/modality-families.test.ts).
  cue(
    "hedged",
    "strong",
    "hedge:estimates",
    "(?:according to|based on) (?:the )?(?:projections?|exit polls?|estimates|(?:early|preliminary|partial|first) (?:results|returns|figures))|(?:projections?|exit polls?|estimates|polls|(?:early|preliminary|partial|first) (?:results|returns|figures)) (?:suggest|show|give|put|indicate|point)|projected to",
  ),
  cue(
    "hedged",
    "strong",
    "hedge:unconfirmed",
    "not (?:yet )?(?:been )?(?:independently )?(?:confirmed|verified)|could not (?:be )?(?:independently )?(?:confirm|verify|verified|confirmed)|unverified|alleged|suspected|speculation|speculate[sd]?|(?:it is|it's) feared|fears? (?:that|of)",
  ),
  cue(
    "opinion",
    "strong",
    "opinion:it is a shame",
    "it(?:'s|’s| is| was) (?:a |an )?(?:shame|pity|disgrace|scandal|outrage|travesty|tragedy|joke|mistake)|what a (?:shame|pity|disgrace)|make no mistake|the (?:truth|fact|reality|problem|irony) is|(?:frankly|honestly|personally|admittedly|undoubtedly|surely|ironically),|let(?:'s|’s| us) (?:be|not|hope)|(?:I|we)(?:'m|’m| am| are|'re|’re) (?:sure|convinced|proud|worried|afraid)|(?:I|we) (?:suspect|doubt|fear|hope|wonder)|we (?:need|have) to|we cannot|we can(?:'t|’t)",
  ),
  cue(
    "opinion",
    "weak",
    "opinion:evaluative adjective",
    "appalling|awful|baffling|bizarre|brilliant|catastrophic|cynical|despicable|disappointing|disastrous|disgusting|dreadful|embarrassing|excellent|fantastic|foolish|frightening|hilarious|horrible|horrific|hypocritical|idiotic|incompetent|inexcusable|insane|laughable|ludicrous|misguided|naive|pathetic|pointless|preposterous|scandalous|senseless|shameless|sickening|silly|stupid|terrible|unforgivable|useless|wonderful|(?:largely|purely|merely) symbolic|(?:reaction|response|reactions|reviews) (?:was|were|has been|have been) (?:mixed|muted|lukewarm)|nothing (?:more|less|short) (?:than|of)|so-called|at best|at worst",
  ),
  // An intensified adjective in a sentence without a figure is the writer's judgement ("very
  // disappointing"); a sentence with numbers is measuring, not judging.
  cue(
    "opinion",
    "weak",
    "opinion:intensifier",
    "(?:very|extremely|deeply|truly|incredibly|hugely|utterly|totally|absolutely|remarkably|terribly|so|too|far too|rather|quite) (?!many(?![A-Za-z\\u00C0-\\u024F])|much(?![A-Za-z\\u00C0-\\u024F])|few(?![A-Za-z\\u00C0-\\u024F])|far(?![A-Za-z\\u00C0-\\u024F])|long(?![A-Za-z\\u00C0-\\u024F])|often(?![A-Za-z\\u00C0-\\u024F])|soon(?![A-Za-z\\u00C0-\\u024F])|early(?![A-Za-z\\u00C0-\\u024F])|late(?![A-Za-z\\u00C0-\\u024F])|close(?![A-Za-z\\u00C0-\\u024F])|recently(?![A-Za-z\\u00C0-\\u024F])|well(?![A-Za-z\\u00C0-\\u024F])|little(?![A-Za-z\\u00C0-\\u024F])|high(?![A-Za-z\\u00C0-\\u024F])|low(?![A-Za-z\\u00C0-\\u024F]))[a-z]{4,}",
    /\d/,
  ),
  cue(
    "opinion",
    "weak",
    "opinion:second person",
    "you(?:'ll|’ll| will| can| should| need| must| have to)|your own",
  ),
  // What is at stake is the writer weighing the news, not reporting it; a figure at stake
  // ("128 seats") is a count, so a sentence with one is left alone.
  cue(
    "opinion",
    "weak",
    "opinion:at stake",
    "(?:is|are|was|were|be|being) at stake|at stake (?:is|are|was|were|here)",
    /\d/,
  ),
];

/** Evaluative words for the subjectivity score (`src/subjectivity.ts`). */
export const EN_SUBJECTIVITY: Subjectivity = {
  judgement:
    "it(?:'s|’s| is) as (?:if|though)|arrogant|bizarre|bleak|bluster|bullying|cruel|deluded|delusional|demagogu(?:e|ery)|dire|disappointing|disingenuous|divisive|dumb|empty promises?|farcical|feckless|frustrating|gimmick|grandstanding|heroic|hollow|hypocrite|impressive|lunacy|misleading|naive|nonsensical|pandering|posturing|scapegoat(?:ing)?|shambles|sorry state|toxic|trainwreck|unhinged|vile|wrongheaded|courageous|wise|sensible|admirable|thoughtful|visionary|to be sure|make no mistake|let(?:'s|’s| us) (?:be clear|face it)|absurd|appalling|arrogan(?:t|ce)|atrocious|awful|baffling|blunder(?:s|ed)?|bogus|brilliant|callous|clumsy|contemptible|cowardly|cynical|debacle|deceitful|deplorable|despicable|disgrace(?:ful)?|dishonest|dismal|dreadful|embarrassing|fiasco|foolish|futile|grotesque|hypocri(?:sy|tical|tes?)|idiotic|ignorant|incompeten(?:t|ce)|inept|inexcusable|insane|laughable|lousy|ludicrous|misguided|monstrous|nonsense|outrageous|pathetic|petty|pitiful|pointless|preposterous|reckless|ridiculous|scandalous|shameful|shameless|shoddy|silly|spineless|stupid|terrible|travesty|unforgivable|unworthy|useless|wasteful|worthless|wonderful|admirabl[ey]|laudable|commendable|splendid|superb|calamity|charade|farce|folly|hubris|cronyism|favoritism|debacle|rancou?r|animosity|apathy",
  sentiment:
    "propaganda|liars?|lies|bold|brutal|clever|curious|odd|strange|grim|shocking|stunning|sadly|tragic|ugly|beautiful|glorious|remarkable|striking|welcome|unwelcome|worrying|honest|dishonest|smart|rhetoric|spin|bad|good|great|best|worst|better|worse|serious|severe|healthy|unhealthy|negative|positive|fragile|weak|poor|unfair|unjust|wrong(?:ly)?|rightly|mistaken?|failure|problem(?:s|atic)?|crisis|cynicism|waste|intractable|vague|chaos|chaotic|mess|dubious|questionable|worrying|disturbing|troubling|alarming|harmful|excessive",
  intensifier:
    "very|extremely|deeply|truly|incredibly|utterly|totally|absolutely|terribly|far too|rather|merely|nothing but|indeed|simply|increasingly|let alone",
  firstPerson: /(?<![A-Za-z])(?:we|We|our|Our|us|I|my|My|me)(?![A-Za-z])/,
  attribution:
    "described|calls|called|praised|hailed|lauded|slammed|critici[sz]ed|branded|labell?ed|said|says|told|stated|declared|announced|added|wrote|tweeted|posted|insisted|argued|claimed|accused|denounced|condemned|warned|according to|believes",
};
