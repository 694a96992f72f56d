/**
 * Issue 9: no rule exists only for the seed. For each rule family in claims, actors, entities,
 * triggers and event kinds, two real corpus pages that are not the seed and where the rule fires.
 * A rule whose family has no such pages does not belong here (see the report of issue 9).
 */
import type { CleanedParagraph, IngestResult } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { scoreInDocument, scoreSentence } from "../src/claims";
import { articleDay, findDates } from "../src/dates";
import { findClockTime } from "../src/dates/clock";
import { findEntities, isGermanCompoundOrg, isTitleOnly } from "../src/entities";
import { findKindCues } from "../src/event-kinds";
import {
  eventNounAgent,
  isKicker,
  passiveRoles,
  speakerAfterQuote,
  titleModifiers,
} from "../src/events";
import { ingest } from "../src/index";
import { findPageDate, publicationDate } from "../src/publication-date";
import { findTriggers } from "../src/triggers";
import { urlEvidence } from "../src/url";
import { prepositionBefore } from "../src/voice";
import { loadActorPages } from "./actors-dev/score";
import { loadCorpus } from "./corpus/load";
import { loadDatesDev } from "./dates-dev/load";

const pages = new Map(
  loadCorpus().pages.map((p) => [p.gold.origin.type === "real" ? p.slug : "", p]),
);
const results = new Map<string, IngestResult>();
const result = (slug: string): IngestResult => {
  let r = results.get(slug);
  if (!r) {
    const p = pages.get(slug);
    if (!p) throw new Error(`no real corpus page ${slug}`);
    r = ingest({ text: p.text, url: p.gold.url });
    results.set(slug, r);
  }
  return r;
};

type Probe = (r: IngestResult) => boolean;
// Issue 8: a boilerplate family fires when a block is removed by one of its rules.
const removedBy =
  (prefix: string): Probe =>
  (r) =>
    r.removed.some((x) => x.rule.startsWith(prefix));
const sentences =
  (test: (text: string, r: IngestResult) => boolean): Probe =>
  (r) =>
    r.sentences.some((s) => test(s.text, r));

const trigger = (predicate: string) =>
  sentences((t) => findTriggers(t).some((h) => h.trigger.predicate === predicate));
const kindCue = (kind: string) =>
  sentences((t, r) => findKindCues(t, r.language).some((c) => c.kind === kind));
const entityVia = (via: string) =>
  sentences((t, r) => findEntities(t, r.language).some((e) => e.via === via));
const actorVia =
  (via: string): Probe =>
  (r) =>
    r.sentences.some((s) => s.actors.some((a) => a.via === via));
// Claim features are read with the page around the sentence (names, quotes, where it ends).
const claimFeature =
  (name: string): Probe =>
  (r) =>
    scoreInDocument(
      r.sentences.map((s) =>
        scoreSentence(s, r.paragraphs[s.paragraphIndex] as CleanedParagraph, undefined, r.language),
      ),
    ).some((s) => s.features.some((f) => f.name.split(":")[0] === name));

const modalityCue =
  (...names: string[]): Probe =>
  (r) =>
    r.sentences.some((s) => s.modalityCues.some((c) => names.includes(c)));

const FAMILIES: [string, Probe, [string, string]][] = [
  [
    "trigger: sanction",
    trigger("sanction"),
    ["es-galilea-montijo-instagram-acapulco", "es-primera-dama-colombia-carnaval"],
  ],
  [
    "trigger: recognize",
    trigger("recognize"),
    ["en-sanctions-annexation-mb", "en-press-release-g8-sea-island-summit"],
  ],
  [
    "trigger: invade",
    trigger("invade"),
    ["fr-direct-generaux-limoges-seo", "fr-sanctions-ue-huitieme-paquet-reuters"],
  ],
  [
    "trigger: appoint",
    trigger("appoint"),
    ["en-appointment-ambassadors-addisstandard", "en-appointment-spokesperson-fana"],
  ],
  [
    "trigger: elect",
    trigger("elect"),
    ["en-election-biden-football-methstreams", "en-election-biden-reactions-gadgetsafrica"],
  ],
  [
    "trigger: disaster",
    trigger("disaster"),
    ["en-earthquake-ecuador-liveblog-diff", "en-earthquake-italy-refinery29"],
  ],
  [
    "trigger: agree",
    trigger("agree"),
    ["en-ceasefire-iran-israel-mediabites", "fr-sanctions-ue-huitieme-paquet-reuters"],
  ],
  [
    "trigger: meet",
    trigger("meet"),
    ["en-earthquake-ecuador-liveblog-diff", "en-press-release-g8-sea-island-summit"],
  ],
  [
    "trigger: statement",
    trigger("statement"),
    ["en-ceasefire-iran-israel-mediabites", "en-economy-rate-hike-botswana-blog"],
  ],
  [
    "kind: attack",
    kindCue("conflict.attack"),
    ["de-drohnen-russland-analyse-blog", "es-drones-moscu-efe-mdzol"],
  ],
  [
    "kind: ceasefire",
    kindCue("conflict.ceasefire"),
    ["en-ceasefire-iran-israel-mediabites", "de-liveblog-nahost-sicherheitsrat-ende"],
  ],
  [
    "kind: agreement",
    kindCue("diplomacy.agreement"),
    ["de-liveblog-nahost-sicherheitsrat-ende", "en-ceasefire-iran-israel-mediabites"],
  ],
  [
    "kind: summit",
    kindCue("diplomacy.meeting"),
    ["en-summit-americas-caption-664connect", "fr-reconnaissance-palestine-onu-laquotidienne"],
  ],
  [
    "kind: recognition",
    kindCue("diplomacy.recognition"),
    ["fr-reconnaissance-palestine-onu-laquotidienne", "es-opinion-elecciones-mexico-2024"],
  ],
  [
    "kind: sanction",
    kindCue("diplomacy.sanction"),
    ["it-sanzioni-ue-russia-14-pacchetto", "es-galilea-montijo-instagram-acapulco"],
  ],
  [
    "kind: statement",
    kindCue("diplomacy.statement"),
    ["de-drohnenschwaerme-kommentar-kanal", "it-tweet-salvini-alluvione-dire"],
  ],
  [
    "kind: disaster",
    kindCue("disaster.natural"),
    ["it-comunicato-terremoto-matese-napoli", "it-liveblog-terremoto-amatrice-ilpopulista"],
  ],
  [
    "kind: ruling",
    kindCue("justice.ruling"),
    ["fr-direct-generaux-limoges-seo", "pt-marcelo-constituicao-publico-pub"],
  ],
  [
    "kind: appointment",
    kindCue("politics.appointment"),
    ["en-appointment-spokesperson-fana", "fr-direct-generaux-limoges-seo"],
  ],
  [
    "kind: election",
    kindCue("politics.election"),
    ["de-kanzlerwahl-merkel-twitter-handelsblatt", "pt-lula-bolsonaro-segunda-volta-tsf"],
  ],
  [
    "entity: title before a name",
    entityVia("title"),
    ["en-appointment-spokesperson-fana", "pt-lula-ministros-voltam-ao-x-poder360"],
  ],
  [
    "entity: organisation word",
    entityVia("org_word"),
    ["es-drones-rusos-ucrania-ia-agregador", "de-kanzlerwahl-merkel-twitter-handelsblatt"],
  ],
  [
    "entity: acronym",
    entityVia("acronym"),
    ["pt-lula-ministros-voltam-ao-x-poder360", "de-drohnenschwaerme-kommentar-kanal"],
  ],
  [
    "entity: capitalised span",
    entityVia("span"),
    ["es-galilea-montijo-instagram-acapulco", "de-drohnen-russland-analyse-blog"],
  ],
  [
    "actor: gazetteer name",
    actorVia("name"),
    ["de-liveblog-nahost-sicherheitsrat-ende", "fr-sanctions-ue-huitieme-paquet-reuters"],
  ],
  [
    "actor: alias",
    actorVia("alias"),
    ["de-kanzlerwahl-merkel-twitter-handelsblatt", "fr-sanctions-ue-premier-paquet-alain"],
  ],
  [
    "actor: demonym",
    actorVia("demonym"),
    ["de-drohnen-russland-analyse-blog", "es-drones-rusos-ucrania-ia-agregador"],
  ],
  [
    "actor: capital as metonym",
    actorVia("capital"),
    ["fr-frappe-energie-zelensky-telegram-wiki", "de-drohnen-russland-analyse-blog"],
  ],
  [
    "actor: found in the text (new)",
    actorVia("text"),
    ["pt-instagram-regina-duarte-cartacapital", "de-drohnen-russland-analyse-blog"],
  ],
  [
    "claim: first-person stance",
    claimFeature("first_person"),
    ["de-pressemitteilung-anschlag-tunis-aa", "fr-sanctions-ue-huitieme-paquet-reuters"],
  ],
  [
    "claim: introduces a quote",
    claimFeature("introduces_quote"),
    ["de-pressemitteilung-anschlag-tunis-aa", "de-drohnenschwaerme-kommentar-kanal"],
  ],
  [
    "claim: aside in brackets",
    claimFeature("aside"),
    ["en-factcheck-instagram-hoax-politifact", "en-blog-bluesky-post-key-bridge"],
  ],
  [
    "claim: chatter (hashtag, emoji)",
    claimFeature("chatter"),
    ["fr-election-macron-tweets-neonmag", "fr-election-premier-tour-sputnik"],
  ],
  [
    "claim: day named without a date",
    claimFeature("time"),
    ["de-kanzlerwahl-merkel-twitter-handelsblatt", "pt-instagram-regina-duarte-cartacapital"],
  ],
  [
    "claim: headline with a subject and its verb",
    claimFeature("headline_clause"),
    ["de-waffenruhe-libanon-forderung-zdf", "pt-lula-trump-twitter-correio"],
  ],
  [
    "claim: no checkable detail",
    claimFeature("no_detail"),
    ["de-kanzlerwahl-merkel-twitter-handelsblatt", "es-opinion-elecciones-mexico-2024"],
  ],
  [
    "claim: a stance only inside the quoted words",
    claimFeature("quoted_stance"),
    ["fr-direct-frappes-ukraine-bfmtv", "de-drohnenschwaerme-kommentar-kanal"],
  ],
  [
    "claim: the unattributed middle of a quotation",
    claimFeature("quote_fragment"),
    ["es-delcy-rodriguez-vuelve-a-x-bluradio", "de-scholz-twitter-einstand-freenet"],
  ],
  [
    "claim: last sentence cut off",
    claimFeature("truncated"),
    ["en-economy-rate-hike-botswana-blog", "es-delcy-rodriguez-vuelve-a-x-bluradio"],
  ],
  [
    "claim: a name the page capitalises in mid-sentence",
    claimFeature("name"),
    // pt-lula-tiktok-kwai-post-x fired only inside its post's first paragraph, now read as the post.
    ["pt-lula-ministros-voltam-ao-x-poder360", "es-primera-dama-colombia-carnaval"],
  ],
  [
    "claim: past tense",
    claimFeature("past_tense"),
    ["es-drones-moscu-efe-mdzol", "pt-lula-tiktok-kwai-post-x"],
  ],
  [
    "modality: evaluative language (subjectivity score)",
    modalityCue("opinion:evaluative language", "opinion:evaluative language (dense)"),
    ["es-opinion-elecciones-mexico-2024", "fr-election-trump-reactions-linfo"],
  ],
  [
    "modality: unclear, versions, the conditional -rían (es)",
    modalityCue("hedge:fuentes"),
    ["es-galilea-montijo-instagram-acapulco", "es-moncloa-discurso-asamblea-onu"],
  ],
  // Issue 8's boilerplate families that this round widened (labels chained above the headline,
  // a kicker; teasers at the page's foot; glued dates, "ago" required; agency/photographer
  // credits; control phrases only as a line's main words), each on two dev pages.
  [
    "boilerplate: label before the headline",
    removedBy("nav:label before the headline"),
    ["fr-sanctions-ue-premier-paquet-alain", "pt-instagram-regina-duarte-cartacapital"],
  ],
  [
    "boilerplate: fragments at the page's foot",
    removedBy("nav:fragments at the page's foot"),
    ["de-drohnen-schleswig-holstein-telegram-amp", "es-galilea-montijo-instagram-acapulco"],
  ],
  [
    "boilerplate: dateline",
    removedBy("dateline:"),
    ["de-pressemitteilung-anschlag-tunis-aa", "en-ceasefire-iran-israel-mediabites"],
  ],
  [
    "boilerplate: photo credit",
    removedBy("credit:"),
    ["es-drones-moscu-efe-mdzol", "fr-direct-frappes-ukraine-bfmtv"],
  ],
  [
    "boilerplate: page controls",
    removedBy("nav:page controls"),
    ["es-moncloa-discurso-asamblea-onu", "fr-direct-frappes-ukraine-bfmtv"],
  ],
  [
    "boilerplate: a label ending in a colon as the page's last block",
    removedBy("nav:label at the page's end"),
    ["en-blog-bluesky-post-key-bridge", "en-ceasefire-ukraine-radio-4zzz"],
  ],
  [
    "boilerplate: a syndicator's or aggregator's note on where the text came from",
    (r) =>
      r.removed.some((x) =>
        ["closing:this story has not been edited by", "closing:fuentes utilizadas"].includes(
          x.rule,
        ),
      ),
    ["en-voronezh-drones-reuters-devdiscourse", "es-drones-rusos-ucrania-ia-agregador"],
  ],
];

/**
 * Families whose rules predate the corpus and fire on fewer than two dev pages: their evidence
 * names test pages (whether a rule fires is checked there, nothing is tuned on them). The test
 * below fails once dev holds two pages for one of them, so its evidence moves to dev.
 */
const THIN_ON_DEV = new Set([
  "trigger: recognize",
  "trigger: appoint",
  "trigger: elect",
  "trigger: disaster",
  "trigger: meet",
]);
const devPages = [...pages.values()].filter(
  (p) => p.gold.split === "dev" && p.gold.origin.type === "real",
);

describe("every rule family fires on two real corpus pages that are not the seed", () => {
  for (const [family, probe, slugs] of FAMILIES) {
    it(`${family}: ${slugs.join(", ")}`, () => {
      for (const slug of slugs) expect(probe(result(slug)), slug).toBe(true);
      const onTest = slugs.filter((slug) => pages.get(slug)?.gold.split !== "dev");
      if (THIN_ON_DEV.has(family)) {
        const firingOnDev = devPages.filter((p) => probe(result(p.slug))).map((p) => p.slug);
        expect(firingOnDev.length, `dev now has evidence: ${firingOnDev}`).toBeLessThan(2);
      } else {
        expect(onTest, "evidence comes from the dev split").toEqual([]);
      }
    }, 60_000); // the first thin family ingests every dev page
  }
});

// The date rules of issue 9 (point 1), each shown on two dev pages: the corpus's dev split or the
// date-only dev set (test/dates-dev), never a test-split page.
type DatePage = { slug: string; text: string; url: string; result: IngestResult };
const datePages = new Map<string, { text: string; url: string }>([
  ...[...pages.entries()]
    .filter(([slug, p]) => slug && p.gold.split === "dev")
    .map(([slug, p]) => [slug, { text: p.text, url: p.gold.url }] as const),
  ...loadDatesDev().map((p) => [p.slug, { text: p.text, url: p.url }] as const),
]);
const datePage = (slug: string): DatePage => {
  const p = datePages.get(slug);
  if (!p) throw new Error(`no dev page ${slug}`);
  return { slug, ...p, result: results.get(slug) ?? ingest({ text: p.text, url: p.url }) };
};
const lines = (text: string) => text.split("\n").filter((l) => l.trim());
const dateTexts = (r: IngestResult) => r.sentences.flatMap((s) => s.dates.map((d) => d.text));
const reason = (words: string) => (p: DatePage) =>
  (p.result.mainEvent?.reasons ?? []).some((r) => r.includes(words));

const DATE_FAMILIES: [string, (p: DatePage) => boolean, string[]][] = [
  [
    "dates: part of a day (esta mañana, questa sera)",
    (p) =>
      dateTexts(p.result).some((t) =>
        /^(?:esta (?:mañana|madrugada|tarde|noche)|questa (?:mattina|sera|notte)|heute (?:abend|nachmittag)|ce soir|nesta (?:manhã|tarde|noite)|απόψε)$/i.test(
          t,
        ),
      ),
    ["es-bukele-decretos-laprensagrafica", "it-terremoto-grecia-leggo"],
  ],
  [
    "dates: a weekday with its day of the month after a comma",
    (p) =>
      dateTexts(p.result).some((t) =>
        /(?:feira|day),?\s+(?:\d{1,2}|[A-Z][a-z]+ \d{1,2}\w*)$/.test(t),
      ),
    ["pt-calamidade-publica-em", "pt-tremor-sete-lagoas-jovempan", "en-baja-quakes-yucatantimes"],
  ],
  [
    "dates: a bare weekday in French",
    (p) =>
      p.result.language === "fr" &&
      dateTexts(p.result).some((t) =>
        /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i.test(t),
      ),
    ["fr-election-macron-tweets-neonmag", "fr-seismes-mayotte-journal"],
  ],
  [
    "dates: a German weekday with the part of a day (am Freitagabend)",
    // Fired with a reference day: the pages' own may lack one.
    (p) =>
      p.result.sentences.some((s) =>
        findDates(s.text, articleDay("2025-07-08"), "de").some((d) =>
          /(?:tag|woch)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)$/i.test(d.text),
        ),
      ),
    ["de-drohnenschwaerme-kommentar-kanal", "de-kanzlerwahl-merkel-twitter-handelsblatt"],
  ],
  [
    "dates: a weekday with its day of the month when only the month is known",
    (p) =>
      p.result.article.publishedDate?.precision === "month" &&
      p.result.sentences.some((s) =>
        s.dates.some((d) => d.relative && /\(\d{1,2}\)$/.test(d.text)),
      ),
    ["pt-blogueiro-preso-diariodonordeste", "pt-ex-ministro-preso-brasilemfolhas"],
  ],
  [
    "dates: Greek weekdays in the genitive",
    (p) => dateTexts(p.result).some((t) => /(?:ας|ης|ής|άτου)$/.test(t.split(/\s+/).pop() ?? "")),
    ["el-seismos-chania-neatv", "el-seismos-kythira-alphafreepress"],
  ],
  [
    "event date: a time of day with no day is the publication day",
    (p) =>
      p.result.article.publishedDate?.precision === "day" &&
      p.result.sentences
        .slice(0, 5)
        .some(
          (s) =>
            !s.dates.some((d) => d.date.precision === "day") &&
            findClockTime(s.text, p.result.language) !== null,
        ),
    ["it-terremoto-lazio-abruzzo-iltempo", "pt-sismo-peniche-publico"],
  ],
  [
    "dates: a weekday before a full date restates that day (a date line, a caption)",
    // Without a reference day: the weekday used to make the whole date relative, so it was lost.
    (p) =>
      lines(p.text)
        .slice(0, 8)
        .some((l) =>
          findDates(l, null, p.result.language).some(
            (d) =>
              !d.relative &&
              d.date.precision === "day" &&
              /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(d.text),
          ),
        ),
    ["en-blog-bluesky-post-key-bridge", "en-summit-americas-caption-664connect"],
  ],
  [
    "event date: the lede's first date",
    reason("the lede's first date"),
    ["fr-hollande-harkis-dzinfos", "es-drones-moscu-efe-mdzol"],
  ],
  [
    "publication: a publication line among the page's last blocks",
    (p) =>
      lines(p.text)
        .slice(-6)
        .some((l) => /gesendet|publicado em/i.test(l) && /\d{4}/.test(l)) &&
      findPageDate(lines(p.text), p.result.language) !== null,
    ["de-gasspeicher-kabinett-dlf", "pt-lula-trump-twitter-correio"],
  ],
  [
    "publication: a date with its time stamp is a dateline",
    (p) =>
      findPageDate(lines(p.text), p.result.language)?.how === "dateline" &&
      lines(p.text)
        .slice(0, 8)
        .some((l) => /\d{4},?\s*(?:[|•·–—-]\s*)?\d{1,2}[:h]\d{2}/.test(l)),
    ["pt-pf-prende-relogio-pleno", "es-cambios-gobierno-rtvce"],
  ],
  [
    "event date: the page's date marker is not the lede's first date",
    (p) =>
      /^\s*date \d{4}-\d{2}-\d{2}/.test(p.text) &&
      (p.result.mainEvent?.reasons ?? []).some(
        (r) => r.includes("the lede's first date") && !r.includes('stated as "20'),
      ),
    ["el-psevdoastynomikos-thessaloniki-tanea", "en-tinubu-portfolios-ngdailynews"],
  ],
  [
    "publication: a post's attribution near the top is not the page's dateline",
    (p) =>
      lines(p.text)
        .slice(0, 8)
        .some((l) => l.length <= 70 && /@\w/.test(l) && /\d{4}/.test(l)),
    ["en-baja-quakes-yucatantimes", "fr-election-macron-tweets-neonmag"],
  ],
  [
    "publication: a day-first date in the address",
    (p) =>
      /\d{1,2}[-_]\d{1,2}[-_](?:19|20)\d{2}/.test(p.url) &&
      urlEvidence(p.url).date?.precision === "day",
    ["es-sismo-valparaiso-meganoticias", "it-tweet-salvini-alluvione-dire"],
  ],
  [
    // Both pages share one site's template; the shape (a header with the day the page was read)
    // recurs on pages whose address has no day too (briefingnews.gr, kontranews.gr, radioeme.com).
    "publication: a header dated days after the address's day is the day the page was read",
    (p) =>
      publicationDate({ blocks: lines(p.text), url: p.url, lang: p.result.language }).source ===
        "url" && findPageDate(lines(p.text), p.result.language)?.how === "dateline",
    ["es-machu-picchu-reabre-larazon", "es-rediseno-la-razon-2017"],
  ],
];

describe("every date rule fires on two dev pages that are not the seed", () => {
  for (const [family, probe, slugs] of DATE_FAMILIES) {
    it(`${family}: ${slugs.join(", ")}`, () => {
      for (const slug of slugs) expect(probe(datePage(slug)), slug).toBe(true);
    });
  }
});

// Issue 9, points 2 and 5: the actor and role rules, each on two DEV pages that are not the seed:
// corpus pages of the dev split, or pages of the actors tuning set (`actors-dev/<slug>`).
const labelled = new Map(loadActorPages().map((p) => [`actors-dev/${p.slug}`, p]));
const devResult = (slug: string): IngestResult => {
  const page = labelled.get(slug);
  if (page) return ingest({ text: page.text, url: page.url });
  expect(pages.get(slug)?.gold.split, slug).toBe("dev");
  return result(slug);
};
const cues = (s: IngestResult["sentences"][number], r: IngestResult) => [
  ...findTriggers(s.text),
  ...findKindCues(s.text, r.language),
];
const mentionProbe =
  (
    test: (
      a: IngestResult["sentences"][number]["actors"][number],
      s: IngestResult["sentences"][number],
    ) => boolean,
  ): Probe =>
  (r) =>
    r.sentences.some((s) => s.actors.some((a) => test(a, s)));
const prepOf = (a: { start: number }, s: { text: string; start: number }) =>
  prepositionBefore(s.text.slice(0, a.start - s.start));

const ACTOR_FAMILIES: [string, Probe, [string, string]][] = [
  [
    "entity: German compound naming a body",
    sentences(
      (t, r) =>
        r.language === "de" &&
        findEntities(t, "de").some((e) => e.text.split(/\s+/).some(isGermanCompoundOrg)),
    ),
    [
      "de-liveblog-nahost-sicherheitsrat-ende",
      "actors-dev/de-sanktionen-bundesregierung-finanzsecura",
    ],
  ],
  [
    "actor: a surname after the full name",
    mentionProbe((a) => a.kind === "person" && a.text !== a.name && a.name.endsWith(a.text)),
    ["es-delcy-rodriguez-vuelve-a-x-bluradio", "fr-direct-generaux-limoges-seo"],
  ],
  [
    "actor: an acronym the text defines",
    mentionProbe(
      (a) => a.via === "text" && /^\p{Lu}{2,}$/u.test(a.text) && a.name.split(" ").length >= 2,
    ),
    ["pt-lula-ministros-voltam-ao-x-poder360", "actors-dev/pt-stf-reverte-paulinho-dgabc"],
  ],
  [
    "role: the agent of a passive acts",
    (r) =>
      r.sentences.some((s) => cues(s, r).some((h) => passiveRoles(s, h, null, r.language)?.agent)),
    ["en-ceasefire-iran-israel-mediabites", "fr-frappe-energie-zelensky-telegram-wiki"],
  ],
  [
    "role: a passive's subject is acted on",
    (r) =>
      r.sentences.some((s) =>
        cues(s, r).some((h) => {
          const p = passiveRoles(s, h, null, r.language);
          return p !== null && p.patient !== null;
        }),
      ),
    ["en-appointment-spokesperson-fana", "es-drones-moscu-efe-mdzol"],
  ],
  [
    "role: a country qualifying a title is not the actor",
    (r) => r.sentences.some((s) => titleModifiers(s).size > 0),
    ["en-ceasefire-iran-israel-mediabites", "pt-lula-ministros-voltam-ao-x-poder360"],
  ],
  [
    "role: between X and Y",
    mentionProbe((a, s) => prepOf(a, s) === "between"),
    ["de-waffenruhe-libanon-forderung-zdf", "en-ceasefire-iran-israel-mediabites"],
  ],
  [
    "role: with X (the other party)",
    mentionProbe((a, s) => prepOf(a, s) === "comitative"),
    ["es-moncloa-discurso-asamblea-onu", "fr-sanctions-ue-huitieme-paquet-reuters"],
  ],
  [
    "role: an actor joined to the event word by a hyphen",
    (r) =>
      r.sentences.some((s) =>
        s.actors.some((a) => {
          const e = a.end - s.start;
          return s.text[e] === "-" && cues(s, r).some((h) => h.start === e + 1);
        }),
      ),
    ["de-liveblog-nahost-sicherheitsrat-ende", "actors-dev/de-sanktionen-festhalten-spiegel"],
  ],
  [
    "entity: 'and' joins two names, not one",
    sentences((t, r) => {
      const es = findEntities(t, r.language);
      return es.some((e, i) => {
        const next = es[i + 1];
        return next !== undefined && /^ (?:and|et|y|e|und) $/.test(t.slice(e.end, next.start));
      });
    }),
    ["fr-election-premier-tour-sputnik", "pt-mocambique-lula-segunda-volta"],
  ],
  [
    "role: a demonym on the event noun is its agent",
    (r) => r.sentences.some((s) => cues(s, r).some((h) => eventNounAgent(s, h))),
    ["fr-direct-frappes-ukraine-bfmtv", "fr-frappe-energie-zelensky-telegram-wiki"],
  ],
  [
    "role: a headline's kicker is not the subject",
    mentionProbe((a, s) => isKicker(s.text, a.start - s.start)),
    ["fr-direct-frappes-ukraine-bfmtv", "fr-direct-generaux-limoges-seo"],
  ],
  [
    "role: in an election the one elected acts, the country is where",
    (r) => {
      const me = r.mainEvent;
      if (me?.kind !== "politics.election") return false;
      const initiator = me.actors.find((a) => a.role === "initiator");
      return (
        initiator !== undefined &&
        initiator.kind !== "country" &&
        (me.actors.some((a) => a.kind === "country" && a.role === "participant") ||
          !me.actors.some((a) => a.role === "target"))
      );
    },
    ["pt-lula-bolsonaro-segunda-volta-tsf", "fr-election-premier-tour-sputnik"],
  ],
  [
    "actor: a demonym in another gender or number (venezolanas, brasileiras)",
    mentionProbe(
      (a) => a.via === "demonym" && ["venezolanas", "brasileiras", "italiane"].includes(a.text),
    ),
    ["es-delcy-rodriguez-vuelve-a-x-bluradio", "pt-mocambique-lula-segunda-volta"],
  ],
  [
    "actor: one surname of a long Iberian name (Lula)",
    mentionProbe(
      (a) =>
        a.kind === "person" &&
        a.text !== a.name &&
        a.name.split(" ").length >= 4 &&
        !a.name.endsWith(a.text),
    ),
    ["pt-lula-trump-twitter-correio", "pt-primeiros-resultados-lula-lusa"],
  ],
  [
    "role: a dateline is not the subject",
    mentionProbe(
      (a, s) => isKicker(s.text, a.start - s.start) && /^[^:]*(?:\.-|\s[–—-])\s/.test(s.text),
    ),
    ["actors-dev/es-detenido-exministro-liderweb", "actors-dev/es-sanciones-venezuela-54grado"],
  ],
  [
    "role: the speaker named after an opening quote",
    (r) => r.sentences.some((s) => speakerAfterQuote(s) !== null),
    ["fr-sanctions-ue-premier-paquet-alain", "pt-lula-volta-ao-x-meionews"],
  ],
  [
    "actor: a one-word name used mid-sentence is that name opening a headline",
    (r) =>
      r.sentences.some((s) =>
        s.actors.some(
          (a) =>
            a.via === "text" &&
            a.start === s.start + (s.text.length - s.text.trimStart().length) &&
            !/\s/.test(a.name) &&
            r.sentences.some(
              (o) => o !== s && o.actors.some((b) => b.key === a.key && b.start > o.start),
            ),
        ),
      ),
    ["pt-paywall-instagram-bolsonaro", "fr-direct-generaux-limoges-seo"],
  ],
  [
    "entity: a title with the region it governs, then the name (the name is the person)",
    sentences((t, r) =>
      findEntities(t, r.language).some(
        (e) =>
          e.kind === "person" &&
          /^\p{Lu}\p{Ll}+ \p{Lu}\p{L}+ (?:области|края|республики) $/u.test(t.slice(0, e.start)),
      ),
    ),
    ["ru-fedorishchev-telegram-kanal-gazeta", "ru-pskov-vedernikov-max-nakanune"],
  ],
  [
    "entity: a capitalised adjective before a region's noun is a place, not an actor",
    sentences((t, r) => {
      const m = /(\p{Lu}\p{L}+) (?:области|края|республики)/u.exec(t);
      return (
        m !== null &&
        !findEntities(t, r.language).some((e) => e.start <= m.index && m.index < e.end)
      );
    }),
    ["ru-fedorishchev-telegram-kanal-gazeta", "ru-pskov-vedernikov-max-nakanune"],
  ],
  [
    "actor: a title alone is the person the page names after that title",
    mentionProbe((a) => a.kind === "person" && isTitleOnly(a.text) && a.name !== a.text),
    ["en-flood-louisiana-local-wpsd", "it-discorso-conte-dpcm-seo"],
  ],
  [
    "entity: a capitalised particle mid-sentence opens a surname (Le Pen, Di Maio)",
    mentionProbe((a) => a.kind === "person" && /^(?:Le|Di) \p{Lu}/u.test(a.name)),
    ["fr-election-premier-tour-sputnik", "it-tweet-salvini-alluvione-dire"],
  ],
  [
    "actor: a run of capitals in a title-case headline names no one unless written elsewhere",
    (r) =>
      r.sentences.some((s) => {
        const long = s.text.match(/\p{L}{4,}/gu) ?? [];
        if (long.length < 6 || !long.every((w) => /^\p{Lu}/u.test(w))) return false;
        return findEntities(s.text, r.language).some(
          (e) => /\s/.test(e.text) && !s.actors.some((a) => a.start === s.start + e.start),
        );
      }),
    ["en-telegram-drone-memri", "it-tweet-salvini-alluvione-dire"],
  ],
  [
    "entity: German nouns joined by a bare genitive article are a noun phrase, not a name",
    sentences(
      (t, r) =>
        r.language === "de" &&
        [...t.matchAll(/(?<=\p{Lu}\p{Ll}+) (?:der|des) (?=\p{Lu}\p{Ll}+)/gu)].some(
          (m) =>
            !findEntities(t, "de").some((e) => e.start < m.index && m.index < e.end) &&
            !/\p{Lu}\p{Ll}+ (?:der|des) \p{Lu}\p{Ll}*(?:regierung|ministerium|gericht)/u.test(
              t.slice(Math.max(0, m.index - 30)),
            ),
        ),
    ),
    ["de-baerbock-sanktionen-mojibake-tonline", "de-hamburg-wahl-ticker-ueberblick-stern"],
  ],
  [
    "role: an attack's target is the country attacked",
    (r) =>
      r.mainEvent?.kind === "conflict.attack" &&
      r.mainEvent.actors.some((a) => a.role === "target" && a.kind === "country"),
    ["fr-direct-frappes-ukraine-bfmtv", "fr-frappe-energie-zelensky-telegram-wiki"],
  ],
];

describe("every actor and role rule fires on two dev pages that are not the seed", () => {
  for (const [family, probe, slugs] of ACTOR_FAMILIES) {
    it(`${family}: ${slugs.join(", ")}`, () => {
      for (const slug of slugs) expect(probe(devResult(slug)), slug).toBe(true);
    });
  }
});
