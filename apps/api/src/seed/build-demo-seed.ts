import {
  type Actor,
  type Claim,
  type Event,
  type Evidence,
  type Modality,
  type PartialDate,
  parsePartialDate,
  type Review,
  type Source,
  type Verdict,
} from "@factline/domain";
import { ingest } from "@factline/ingest";
import { sha256Hex } from "../lib/auth/tokens";
import { DEMO_EVENT_SLUG, DEMO_IDS, DEMO_REVIEWER_ID, demoId } from "./demo-ids";

/** Everything the demo seed writes, as domain objects with fixed ids. */
export type DemoSeed = {
  actors: Actor[];
  sources: Source[];
  events: Event[];
  claims: Claim[];
};

// Fixed times, so a second seed run produces byte-identical rows.
const CREATED = "2025-07-05T09:00:00.000Z";
const PUBLISHED = "2025-07-05T12:00:00.000Z";
const REVIEWED = "2025-07-05T11:00:00.000Z";

const date = (value: string): PartialDate => {
  const r = parsePartialDate(value);
  if (!r.ok) throw new Error(r.message);
  return r.date;
};

/**
 * The seed page as the ingest pipeline cleans it (encoding damage repaired, adverts, keyword
 * lines and the repeated post text removed), so the stored article is exactly what ingesting
 * the page again produces: evidence offsets refer to it and its content hash matches.
 */
export function repairSeedArticle(raw: string): string {
  return ingest({ text: raw }).cleanedText;
}

/**
 * Sets each demo source's content hash (SHA-256 of its text, as ingest accept stores it), so
 * ingesting the seed article into the demo database finds the stored copy. Async because
 * WebCrypto digests are; `buildDemoSeed` stays pure and synchronous.
 */
export async function withContentHashes(seed: DemoSeed): Promise<DemoSeed> {
  const sources = await Promise.all(
    seed.sources.map(async (source) => ({ ...source, contentHash: await sha256Hex(source.text) })),
  );
  return { ...seed, sources };
}

const IDS = DEMO_IDS;

function actor(
  id: string,
  kind: Actor["kind"],
  name: string,
  aliases: string[],
  externalIds: Actor["externalIds"],
  description: string,
): Actor {
  return {
    id,
    kind,
    name,
    aliases,
    externalIds,
    description,
    version: 1,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

// Only registry ids known for certain are given; the others stay empty rather than guessed.
function demoActors(): Actor[] {
  const a = IDS.actors;
  return [
    actor(
      a.russia,
      "country",
      "Russia",
      ["Russian Federation", "Moscow"],
      { wikidata: "Q159", iso3166: "RU" },
      "Country in Eastern Europe and North Asia.",
    ),
    actor(
      a.taliban,
      "group",
      "Taliban",
      ["Islamic Emirate of Afghanistan"],
      {},
      "Islamist movement governing Afghanistan since August 2021.",
    ),
    actor(
      a.afghanistan,
      "country",
      "Afghanistan",
      ["Afghan"],
      { wikidata: "Q889", iso3166: "AF" },
      "Country in South and Central Asia.",
    ),
    actor(
      a.unitedStates,
      "country",
      "United States",
      ["U.S.", "US", "USA", "Washington"],
      { wikidata: "Q30", iso3166: "US" },
      "Country in North America.",
    ),
    actor(
      a.nato,
      "organization",
      "NATO",
      ["North Atlantic Treaty Organization"],
      { wikidata: "Q7184" },
      "Military alliance of European and North American states.",
    ),
    actor(
      a.china,
      "country",
      "China",
      ["People's Republic of China", "Beijing"],
      { wikidata: "Q148", iso3166: "CN" },
      "Country in East Asia.",
    ),
    actor(
      a.iran,
      "country",
      "Iran",
      ["Islamic Republic of Iran", "Tehran"],
      { wikidata: "Q794", iso3166: "IR" },
      "Country in West Asia.",
    ),
    actor(
      a.pakistan,
      "country",
      "Pakistan",
      ["Islamabad"],
      { wikidata: "Q843", iso3166: "PK" },
      "Country in South Asia.",
    ),
    actor(
      a.isis,
      "group",
      "ISIS",
      ["Islamic State", "ISIL", "Daesh"],
      {},
      "Jihadist militant group.",
    ),
    actor(
      a.alQaeda,
      "group",
      "Al-Qaeda",
      ["al-Qaida", "Al Qaeda"],
      {},
      "Jihadist militant network.",
    ),
  ];
}

function source(
  fields: Omit<
    Source,
    "version" | "createdAt" | "updatedAt" | "status" | "retrievedAt" | "contentHash" | "reliability"
  > &
    Partial<Pick<Source, "reliability">>,
): Source {
  return {
    reliability: "unrated",
    ...fields,
    retrievedAt: null,
    contentHash: null,
    status: "active",
    version: 1,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

/** The lines of the article that are the embedded post (its text, link and byline). */
function embeddedPost(article: string): string {
  const start = article.indexOf("BREAKING: RUSSIA officially recognizes");
  const byline = "(@LegitTargets) July 4, 2025";
  const end = article.indexOf(byline, start);
  if (start < 0 || end < 0) throw new Error("seed article: the embedded post was not found");
  return article.slice(start, end + byline.length);
}

const MINISTRY_TEXT =
  "Demo record standing in for the announcement by the Ministry of Foreign Affairs of the " +
  "Russian Federation. Russia recognized the Taliban government of Afghanistan on 3 July 2025, " +
  "when the ministry accepted the credentials of the ambassador appointed by the Taliban. " +
  "This is a summary written for the demo, not the statement's text.";

function event(
  fields: Pick<
    Event,
    "id" | "slug" | "title" | "summary" | "kind" | "places" | "actors" | "related"
  > & { date: string },
): Event {
  return {
    ...fields,
    date: date(fields.date),
    status: "published",
    version: 1,
    createdAt: CREATED,
    updatedAt: PUBLISHED,
    publishedAt: PUBLISHED,
  };
}

function demoEvents(): Event[] {
  const a = IDS.actors;
  const e = IDS.events;
  return [
    event({
      id: e.recognition,
      slug: DEMO_EVENT_SLUG,
      title: "Russia formally recognizes the Taliban government of Afghanistan",
      summary:
        "Russia became the first country to formally recognize the Taliban government that has ruled Afghanistan since August 2021. Sources differ on the date: an embedded post and the article date it 4 July 2025; the Russian Foreign Ministry's announcement is dated 3 July 2025.",
      kind: "diplomacy.recognition",
      date: "2025-07-04",
      places: ["RU", "AF"],
      actors: [
        { actorId: a.russia, role: "initiator" },
        { actorId: a.taliban, role: "target" },
        { actorId: a.afghanistan, role: "target" },
      ],
      related: [],
    }),
    event({
      id: e.takeover2021,
      slug: "taliban-take-over-afghanistan-2021",
      title: "The Taliban take control of Afghanistan",
      summary:
        "After the withdrawal of U.S. and NATO forces, the Taliban took control of Afghanistan in August 2021.",
      kind: "politics.takeover",
      date: "2021-08",
      places: ["AF"],
      actors: [
        { actorId: a.taliban, role: "initiator" },
        { actorId: a.afghanistan, role: "target" },
        { actorId: a.unitedStates, role: "participant" },
        { actorId: a.nato, role: "participant" },
      ],
      related: [{ eventId: e.recognition, relation: "precedes" }],
    }),
    event({
      id: e.rule1990s,
      slug: "taliban-first-rule-1990s",
      title: "The Taliban first rule Afghanistan",
      summary: "The Taliban first came to power in Afghanistan in the 1990s.",
      kind: "politics.takeover",
      date: "1990s",
      places: ["AF"],
      actors: [
        { actorId: a.taliban, role: "initiator" },
        { actorId: a.afghanistan, role: "target" },
      ],
      related: [
        { eventId: e.invasion2001, relation: "precedes" },
        { eventId: e.recognition, relation: "precedes" },
      ],
    }),
    event({
      id: e.invasion2001,
      slug: "us-led-invasion-of-afghanistan-2001",
      title: "U.S.-led invasion of Afghanistan",
      summary:
        "After the attacks of 11 September 2001, a U.S.-led invasion of Afghanistan removed the Taliban from power.",
      kind: "conflict.invasion",
      date: "2001",
      places: ["AF"],
      actors: [
        { actorId: a.unitedStates, role: "initiator" },
        { actorId: a.taliban, role: "target" },
        { actorId: a.alQaeda, role: "target" },
        { actorId: a.afghanistan, role: "target" },
      ],
      related: [
        { eventId: e.takeover2021, relation: "precedes" },
        { eventId: e.recognition, relation: "precedes" },
      ],
    }),
  ];
}

type ClaimSpec = {
  id: string;
  sourceId: string;
  actorId?: string;
  /** The claim as the source puts it: a verbatim passage of the source's text. */
  text: string;
  statement: string;
  modality: Modality;
  eventIds: string[];
  checkWorthiness: number;
  assertion?: { property: "event.date"; value: string };
  /** Extra evidence passages (the claim's own text is always its first evidence). */
  more?: { sourceId: string; quote: string; stance: Evidence["stance"] }[];
  verdict: Verdict;
  rationale: string;
};

function claimSpecs(): ClaimSpec[] {
  const c = IDS.claims;
  const s = IDS.sources;
  const e = IDS.events;
  return [
    {
      id: c.recognized,
      sourceId: s.article,
      text: "In a significant geopolitical development, Russia has formally recognized the Taliban government in Afghanistan.",
      statement: "Russia formally recognized the Taliban government of Afghanistan.",
      modality: "assertion",
      eventIds: [e.recognition],
      checkWorthiness: 0.95,
      more: [
        {
          sourceId: s.ministry,
          quote: "Russia recognized the Taliban government of Afghanistan",
          stance: "supports",
        },
      ],
      verdict: "true",
      rationale:
        "Russia's Foreign Ministry announced the recognition in early July 2025; the article, the embedded post and the ministry agree that it happened.",
    },
    {
      id: c.announcedJuly4,
      sourceId: s.article,
      text: "This announcement, made on July 4, 2025, marks a pivotal moment in international relations",
      statement: "The recognition was announced on 4 July 2025.",
      modality: "assertion",
      eventIds: [e.recognition],
      checkWorthiness: 0.8,
      verdict: "mixed",
      rationale:
        "The article and the embedded post give 4 July 2025; the Foreign Ministry's announcement is dated 3 July 2025. The date is an open conflict on the event.",
    },
    {
      id: c.postDate,
      sourceId: s.post,
      text: "BREAKING: RUSSIA officially recognizes the new TALIBAN government in AFGHANISTAN.",
      statement:
        "Russia officially recognized the Taliban government of Afghanistan on 4 July 2025.",
      modality: "assertion",
      eventIds: [e.recognition],
      checkWorthiness: 0.9,
      assertion: { property: "event.date", value: "2025-07-04" },
      more: [
        {
          sourceId: s.article,
          quote: "— Legitimate Targets (@LegitTargets) July 4, 2025",
          stance: "context",
        },
      ],
      verdict: "mostly_true",
      rationale:
        "The recognition is confirmed; the post's date of 4 July 2025 is a day after the ministry's announcement of 3 July.",
    },
    {
      id: c.ministryDate,
      sourceId: s.ministry,
      actorId: IDS.actors.russia,
      text: "Russia recognized the Taliban government of Afghanistan on 3 July 2025",
      statement: "Russia recognized the Taliban government of Afghanistan on 3 July 2025.",
      modality: "assertion",
      eventIds: [e.recognition],
      checkWorthiness: 0.9,
      assertion: { property: "event.date", value: "2025-07-03" },
      verdict: "true",
      rationale:
        "Demo review: the Russian Foreign Ministry announced the recognition on 3 July 2025, when it accepted the credentials of the Taliban-appointed ambassador.",
    },
    {
      id: c.implications,
      sourceId: s.article,
      text: "The recognition by Russia could have profound implications for the region, affecting diplomatic relations, security dynamics, and economic engagements.",
      statement: "Russia's recognition could have profound implications for the region.",
      modality: "hedged",
      eventIds: [e.recognition],
      checkWorthiness: 0.3,
      verdict: "unproven",
      rationale: "Speculation about consequences; nothing yet to check.",
    },
    {
      id: c.paveTheWay,
      sourceId: s.article,
      text: "Russia’s decision to officially acknowledge the Taliban government signifies a shift in diplomatic strategy and may pave the way for other countries to reconsider their positions.",
      statement:
        "Russia's recognition may lead other countries to reconsider their positions on the Taliban.",
      modality: "prediction",
      eventIds: [e.recognition],
      checkWorthiness: 0.4,
      verdict: "unproven",
      rationale:
        "A prediction about other governments' future decisions; it cannot be checked yet.",
    },
    {
      id: c.takeover,
      sourceId: s.article,
      text: "the Taliban’s takeover of Afghanistan in August 2021 marked a stark shift in the geopolitical landscape",
      statement: "The Taliban took over Afghanistan in August 2021.",
      modality: "assertion",
      eventIds: [e.takeover2021],
      checkWorthiness: 0.7,
      assertion: { property: "event.date", value: "2021-08" },
      more: [
        {
          sourceId: s.article,
          quote:
            "The Taliban’s return to power in Afghanistan in August 2021 drew worldwide attention and concern.",
          stance: "supports",
        },
      ],
      verdict: "true",
      rationale: "The Taliban took Kabul on 15 August 2021, as widely reported.",
    },
    {
      id: c.firstRule,
      sourceId: s.article,
      text: "The Taliban first came to power in the 1990s",
      statement: "The Taliban first came to power in Afghanistan in the 1990s.",
      modality: "assertion",
      eventIds: [e.rule1990s],
      checkWorthiness: 0.6,
      verdict: "true",
      rationale: "The Taliban took Kabul in 1996 and ruled most of Afghanistan until 2001.",
    },
    {
      id: c.invasion,
      sourceId: s.article,
      text: "Following the events of September 11, 2001, the U.S.-led invasion of Afghanistan sought to dismantle the Taliban and their connections to Al-Qaeda.",
      statement:
        "After 11 September 2001, a U.S.-led invasion of Afghanistan set out to remove the Taliban and their links to Al-Qaeda.",
      modality: "assertion",
      eventIds: [e.invasion2001],
      checkWorthiness: 0.6,
      verdict: "true",
      rationale: "The U.S.-led invasion began in October 2001 with these stated aims.",
    },
    {
      id: c.isisMotive,
      sourceId: s.article,
      text: "One significant factor is Russia’s interest in preventing the rise of ISIS factions in Afghanistan, which could threaten regional stability.",
      statement:
        "Russia's interest in preventing the rise of ISIS in Afghanistan may be a factor in the recognition.",
      modality: "opinion",
      eventIds: [e.recognition],
      checkWorthiness: 0.35,
      verdict: "unproven",
      rationale: "The article's reading of Russia's motives; it cites no source for it.",
    },
  ];
}

function evidenceFor(
  id: string,
  claimId: string,
  src: Source,
  quote: string,
  stance: Evidence["stance"],
): Evidence {
  const start = src.text.indexOf(quote);
  if (start < 0) throw new Error(`seed: quote not found in ${src.id}: ${quote.slice(0, 60)}`);
  return {
    id,
    claimId,
    sourceId: src.id,
    quote,
    start,
    end: start + quote.length,
    stance,
    createdAt: CREATED,
  };
}

/**
 * The demo record built from the seed article: the recognition event and the earlier events
 * the article mentions, the actors it names, the article, its embedded post and a demo
 * ministry statement, published claims with verbatim evidence and verdicts, and one open
 * conflict on the recognition date (the post: 4 July; the ministry: 3 July). Pure: the same
 * text gives the same objects.
 */
export function buildDemoSeed(articleText: string): DemoSeed {
  const article = repairSeedArticle(articleText);
  const s = IDS.sources;
  const sources: Source[] = [
    source({
      id: s.article,
      kind: "article",
      url: null,
      title: "Russia Officially Recognizes Taliban Government in Afghanistan",
      publisher: null,
      author: null,
      actorId: null,
      publishedDate: null,
      language: "en",
      text: article,
      reliability: "low",
      embeddedIn: null,
      note: "Demo data: the seed article, an SEO news page kept without its URL. Encoding damage repaired.",
    }),
    source({
      id: s.post,
      kind: "social_post",
      url: null,
      title: "BREAKING: RUSSIA officially recognizes the new TALIBAN government in AFGHANISTAN.",
      publisher: "X (Twitter)",
      author: "@LegitTargets",
      actorId: null,
      publishedDate: date("2025-07-04"),
      language: "en",
      text: embeddedPost(article),
      reliability: "unrated",
      embeddedIn: s.article,
      note: "Demo data: the post as embedded in the seed article; its own URL is not known.",
    }),
    source({
      id: s.ministry,
      kind: "official_statement",
      url: null,
      title: "Russia recognizes the Taliban government of Afghanistan (demo record)",
      publisher: "Ministry of Foreign Affairs of the Russian Federation",
      author: null,
      actorId: IDS.actors.russia,
      publishedDate: date("2025-07-03"),
      language: "en",
      text: MINISTRY_TEXT,
      reliability: "high",
      embeddedIn: null,
      note: "Demo data: stands in for the ministry's 3 July 2025 announcement; no URL or original text is stored.",
    }),
  ];
  const byId = new Map(sources.map((x) => [x.id, x]));
  const src = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`seed: unknown source ${id}`);
    return found;
  };

  let evidenceN = 0;
  const claims: Claim[] = claimSpecs().map((spec, i) => {
    const evidence = [
      evidenceFor(demoId("evd", ++evidenceN), spec.id, src(spec.sourceId), spec.text, "supports"),
      ...(spec.more ?? []).map((m) =>
        evidenceFor(demoId("evd", ++evidenceN), spec.id, src(m.sourceId), m.quote, m.stance),
      ),
    ];
    const review: Review = {
      id: demoId("rvw", i + 1),
      claimId: spec.id,
      verdict: spec.verdict,
      rationale: spec.rationale,
      reviewerId: DEMO_REVIEWER_ID,
      reviewedAt: REVIEWED,
    };
    return {
      id: spec.id,
      text: spec.text,
      statement: spec.statement,
      sourceId: spec.sourceId,
      actorId: spec.actorId ?? null,
      eventIds: spec.eventIds,
      modality: spec.modality,
      checkWorthiness: spec.checkWorthiness,
      assertion: spec.assertion ?? null,
      evidence,
      review,
      rank: "normal",
      rankReason: null,
      status: "published",
      clusterId: null,
      createdBy: null,
      version: 1,
      createdAt: CREATED,
      updatedAt: PUBLISHED,
      publishedAt: PUBLISHED,
    };
  });

  const actors = demoActors();
  const events = demoEvents();
  return { actors, sources, events, claims };
}
