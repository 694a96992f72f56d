/**
 * Issue 9: no rule exists only for the seed. For each rule family in claims, actors, entities,
 * triggers and event kinds, two real corpus pages that are not the seed and where the rule fires.
 * A rule whose family has no such pages does not belong here (see the report of issue 9).
 */
import type { CleanedParagraph, IngestResult } from "@factline/domain";
import { describe, expect, it } from "vitest";
import { scoreSentence } from "../src/claims";
import { findEntities, isGermanCompoundOrg } from "../src/entities";
import { findKindCues } from "../src/event-kinds";
import {
  eventNounAgent,
  isKicker,
  passiveRoles,
  speakerAfterQuote,
  titleModifiers,
} from "../src/events";
import { ingest } from "../src/index";
import { findTriggers } from "../src/triggers";
import { prepositionBefore } from "../src/voice";
import { loadActorPages } from "./actors-dev/score";
import { loadCorpus } from "./corpus/load";

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
const claimFeature =
  (name: string): Probe =>
  (r) =>
    r.sentences.some((s) =>
      scoreSentence(
        s,
        r.paragraphs[s.paragraphIndex] as CleanedParagraph,
        undefined,
        r.language,
      ).features.some((f) => f.name.split(":")[0] === name),
    );

const FAMILIES: [string, Probe, [string, string]][] = [
  [
    "trigger: sanction",
    trigger("sanction"),
    ["en-sanctions-annexation-mb", "en-sanctions-annexation-wgon"],
  ],
  [
    "trigger: recognize",
    trigger("recognize"),
    ["en-sanctions-annexation-mb", "en-press-release-g8-sea-island-summit"],
  ],
  [
    "trigger: invade",
    trigger("invade"),
    ["en-sanctions-annexation-mb", "en-sanctions-putin-lavrov-rediff"],
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
    ["de-waffenruhe-hisbollah-appell-video", "en-ceasefire-iran-israel-mediabites"],
  ],
  [
    "kind: agreement",
    kindCue("diplomacy.agreement"),
    ["de-liveblog-gaza-abkommen-tagesspiegel", "es-firma-acuerdo-gaza-agregador"],
  ],
  [
    "kind: summit",
    kindCue("diplomacy.meeting"),
    ["en-press-release-g8-sea-island-summit", "fr-reconnaissance-palestine-onu-laquotidienne"],
  ],
  [
    "kind: recognition",
    kindCue("diplomacy.recognition"),
    ["en-sanctions-annexation-mb", "fr-reconnaissance-palestine-onu-laquotidienne"],
  ],
  [
    "kind: sanction",
    kindCue("diplomacy.sanction"),
    ["en-sanctions-annexation-wgon", "it-sanzioni-ue-russia-14-pacchetto"],
  ],
  [
    "kind: statement",
    kindCue("diplomacy.statement"),
    ["de-drohnenschwaerme-kommentar-kanal", "it-tweet-salvini-alluvione-dire"],
  ],
  [
    "kind: disaster",
    kindCue("disaster.natural"),
    ["en-earthquake-mexico-ap-latest", "it-comunicato-terremoto-matese-napoli"],
  ],
  [
    "kind: ruling",
    kindCue("justice.ruling"),
    ["de-bverfg-befangenheit-beschluss", "pt-marcelo-constituicao-publico-pub"],
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
    ["de-bverfg-befangenheit-beschluss", "pt-lula-ministros-voltam-ao-x-poder360"],
  ],
  [
    "entity: organisation word",
    entityVia("org_word"),
    ["de-liveblog-gaza-abkommen-tagesspiegel", "es-drones-rusos-ucrania-ia-agregador"],
  ],
  [
    "entity: acronym",
    entityVia("acronym"),
    ["de-liveblog-gaza-abkommen-tagesspiegel", "pt-lula-ministros-voltam-ao-x-poder360"],
  ],
  [
    "entity: capitalised span",
    entityVia("span"),
    ["es-galilea-montijo-instagram-acapulco", "it-salvini-musk-post-x"],
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
    ["de-luftalarm-telegram-kanal-sz", "fr-frappe-energie-zelensky-telegram-wiki"],
  ],
  [
    "actor: found in the text (new)",
    actorVia("text"),
    ["bg-bta-rusiya-111-drona", "pt-instagram-regina-duarte-cartacapital"],
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
    ["en-factcheck-instagram-hoax-politifact", "it-sanzioni-ue-russia-13-pacchetto"],
  ],
  [
    "claim: chatter (hashtag, emoji)",
    claimFeature("chatter"),
    ["de-wahl-bundestag-reaktionen-moment", "en-election-biden-football-methstreams"],
  ],
  [
    "claim: day named without a date",
    claimFeature("time"),
    ["de-kanzlerwahl-merkel-twitter-handelsblatt", "pt-instagram-regina-duarte-cartacapital"],
  ],
  [
    "claim: headline",
    claimFeature("headline"),
    ["en-ceasefire-iran-israel-mediabites", "en-bluesky-white-house-seo-menus"],
  ],
];

describe("every rule family fires on two real corpus pages that are not the seed", () => {
  for (const [family, probe, slugs] of FAMILIES) {
    it(`${family}: ${slugs.join(", ")}`, () => {
      for (const slug of slugs) expect(probe(result(slug)), slug).toBe(true);
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
