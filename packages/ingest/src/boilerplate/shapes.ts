// The shape detectors: what a whole block is (separator, call to action, byline, dateline,
// photo credit, reading time, paywall, cookie banner, related links, section label). A block is
// only named by a shape it matches as a whole, never by a word inside a sentence.
import type { BoilerplateFeatures, RemovalReason } from "@factline/domain";
import type { BlockKind, RawBlock } from "../html";
import type { Vocabulary } from "../lang/index";
import { STOPWORDS, words } from "../tokens";
import { LETTER, SENTENCE_END, type TypedBlock } from "./features";

type Rule = { reason: RemovalReason; rule: string; pattern: RegExp; maxWords: number };

/**
 * English line rules from before the classifier, kept because their `rule` names are stored with
 * results; the multilingual detectors below cover the same shapes in every language.
 */
export const BOILERPLATE_RULES: Rule[] = [
  {
    reason: "advert",
    rule: "advert:you may also like",
    pattern: /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|also watch|watch (?:this|now)\b)/i,
    maxWords: 40,
  },
  {
    reason: "advert",
    rule: "advert:trending/sponsored",
    pattern:
      /^(?:trending(?: now| story)?:|sponsored\b|advertisement\b|promoted\b|ad\b:?|paid content)/i,
    maxWords: 40,
  },
  {
    reason: "call_to_action",
    rule: "cta:read more",
    pattern:
      /^(?:read (?:more|also|next)\b|also read\b|related(?: articles?| stories| posts?)?:|recommended(?: for you)?:?|more from\b|see also\b|click here\b)/i,
    maxWords: 30,
  },
  {
    reason: "call_to_action",
    rule: "cta:subscribe",
    pattern:
      /^(?:subscribe\b|sign up\b|join (?:our|the) (?:newsletter|mailing list|channel)|get (?:our|the) (?:newsletter|latest)|download (?:our|the) app)/i,
    maxWords: 30,
  },
  {
    reason: "call_to_action",
    rule: "cta:follow us",
    pattern: /^(?:follow us\b|like us on\b|find us on\b|connect with us\b)/i,
    maxWords: 30,
  },
  {
    reason: "call_to_action",
    rule: "cta:share",
    pattern: /^(?:share (?:this|on|via)\b|share:?$|tweet this\b|click to share\b)/i,
    maxWords: 20,
  },
  {
    reason: "seo_keywords",
    rule: "seo:tags line",
    pattern: /^(?:tags|keywords|topics|filed under)\s*:/i,
    maxWords: 60,
  },
];

const SEPARATOR = /^[\s\-‐‑‒–—―_=*•·~.#+|/\\<>]{3,}$/u;
function isSeoKeywordLine(text: string, stopwords: Set<string>): boolean {
  if (/[.!?:;"”]$/.test(text)) return false;
  const items = text.split(/\s*[,|]\s*/).filter(Boolean);
  if (items.length < 3) return false;
  if (items.some((item) => item.split(/\s+/).length > 4)) return false;
  // Scores and tallies ("FDI 25,7%, PD 19,3%") are content, not keywords.
  if (items.filter((item) => /\d/.test(item)).length > 1) return false;
  const ws = words(text);
  // Keyword lists are noun phrases: almost no function words.
  const fn = ws.filter((w) => stopwords.has(w) || STOPWORDS.has(w)).length;
  return ws.length >= 5 && fn / ws.length < 0.1;
}

export type Verdict = { reason: RemovalReason; rule: string; score: number; duplicateOf?: number };

// ---- shapes ---------------------------------------------------------------------------------

export const lowerOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}@#]+/u, "")
    .trim();

// A name: 1–5 capitalised words, with the particles names carry (da, de, van, von, bin…).
const NAME_PARTICLE =
  /^(?:da|das|de|del|della|der|di|do|dos|du|e|la|le|van|von|y|bin|al|el|ibn|st\.?)$/i;
export function isNameShaped(text: string, maxWords = 5): boolean {
  const t = text.replace(/[,;]?\s*(?:and|y|e|et|und|&)\s+/gi, " ").trim();
  const parts = t.split(/\s+/).filter(Boolean);
  if (parts.length < 1 || parts.length > maxWords) return false;
  let capitals = 0;
  for (const p of parts) {
    if (NAME_PARTICLE.test(p)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(p)) return false;
    capitals++;
  }
  return capitals >= 1;
}

const DATE_NUMERIC =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\b/i;

// "2 anni fa", "3 hours ago", "hace 2 horas": a relative time needs a unit next to the number.
const TIME_UNIT =
  /^(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|horas?|minutos?|d[ií]as|semanas?|meses|años|anos|heures?|jours?|semaines?|mois|ans|stunden?|minuten?|tagen?|wochen?|monaten?|jahren?|ore|ora|minuti|giorni|settimane|mesi|anni|час|часа|часов|минут|минуты|минуту|дней|дня|день|недели|недель|месяца|месяцев|лет)$/;

// The word that makes a count of units a moment in the past ("ago", "fa", "hace", "il y a").
const AGO = /^(?:ago|fa|hace|há|ha|vor|назад|il|y)$/;

/** A line that is a date, a time, "Published …", "Updated 3 hours ago", maybe with a name. */
function datelineRule(
  text0: string,
  v: Vocabulary,
  kind: BlockKind,
  nearTop: boolean,
): string | null {
  if (text0.length > 200 || !/\d/.test(text0)) return null;
  // Layouts glue a date to the words beside it ("20:38Aggiornato", "Mensch18.11.2021").
  const text = text0
    .replace(/(\d)(?=\p{L}{3,})/gu, "$1 ")
    .replace(/(\p{L}{3,})(?=\d)/gu, "$1 ")
    // "05.Sep.2017": a month between dotted figures.
    .replace(/(\d)\.(\p{L}{3,})\.(?=\d)/gu, "$1. $2 ");
  const tokens = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[\s,;|/·•–—()[\]]+/)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 18) return null;
  // "13:23 IST", "08h00 GMT": a time zone in capitals is part of the time.
  const zones = new Set(
    (
      text.match(/\b(?:UTC|GMT|IST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MEZ|MESZ|BST|MSK)\b/g) ?? []
    ).map((z) => z.toLowerCase()),
  );
  let hasMonth = false;
  let hasNumber = false;
  const rest: string[] = [];
  let hasUnit = false;
  let hasAgo = false;
  for (const raw of tokens) {
    const t = raw.replace(/[.:]+$/, "");
    if (!/[\p{L}\p{N}]/u.test(t)) continue;
    if (TIME_UNIT.test(t)) {
      hasUnit = true;
      continue;
    }
    if (zones.has(t)) continue;
    if (AGO.test(t)) hasAgo = true;
    if (/^\d{1,4}(?:[./:h-]\d{1,4})*(?:h|hs|am|pm|º|ª|st|nd|rd|th|er)?$/.test(t)) {
      hasNumber = true;
    } else if (v.months.has(t) || v.months.has(t.replace(/\.$/, ""))) {
      hasMonth = true;
    } else if (!v.dateWords.has(t)) rest.push(raw);
  }
  const numeric = DATE_NUMERIC.test(text);
  // "2 anni fa", "vor 3 Stunden": a count of units is a time only with its "ago"; alone it is an
  // age or a duration ("Danyel Eskiocak, 10 Jahre").
  if (!((hasMonth && hasNumber) || numeric || (hasNumber && hasUnit && hasAgo))) return null;
  if (rest.length === 0) return "dateline:date and time";
  // "Leonor Riso 12 de maio de 2020 às 18:18", "By Jane Doe | July 4, 2025": a byline with a date.
  const residue = text
    .split(/[\s,;|/·•–—()[\]]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .filter((w) => rest.includes(w.toLowerCase().replace(/[’‘]/g, "'")))
    .join(" ");
  // A person's name (two words at least) or a desk in capitals: one capitalised word is just a
  // sentence's first word or a German noun ("Angriff am 7. Oktober", "Elezioni del 25 …").
  const named =
    isNameShaped(residue) &&
    (residue.split(" ").length >= 2 ||
      (residue.length >= 3 && residue === residue.toUpperCase()) ||
      // At the top of the page, "18.03.2015 - Pressemitteilung" is the page's own dateline.
      (nearTop && rest.length === 1 && numeric));
  if (rest.length <= 5 && named && kind !== "list_item") return "dateline:byline and date";
  // "Reuters 07 Jul, 2022", "AFP, 12 mars 2024": the agency's credit and the date.
  if (rest.length <= 3 && AGENCY.test(residue) && residue.replace(AGENCY_ALL, "").trim() === "")
    return "dateline:agency and date";
  if (rest.length <= 6 && v.bylinePrefix(lowerOf(residue))) return "dateline:byline and date";
  // "27 de octubre | Redacción |": the desk alone with the date.
  const desk = lowerOf(residue).replace(/[.:|]+$/, "");
  if (rest.length <= 2 && desk && v.byline.start(desk) === desk) return "dateline:byline and date";
  return null;
}

export const AGENCY =
  /\b(?:lusa|afp|ap|ap photo|dpa|ansa|efe|epa|reuters|xinhua|getty(?: images)?|shutterstock|istock|bloomberg|agência brasil|agência estado|estadão conteúdo|folhapress|imago|picture alliance|ddp|epd|kna|keystone|tass|ria novosti|sputnik|anadolu|europa press|télam|notimex|adnkronos|interfax|associated press|agências|agência|agencias|agencia|agenzie|reprodução|reproducción|divulgação|archivo|arquivo|file|pool|via)\b/i;

const AGENCY_ALL = new RegExp(AGENCY.source, "gi");

/** A caption's credit: "(Foto: X / PR)", "Credit: …", "… (Drew Angerer/Getty Images)", "©". */
function creditRule(
  text: string,
  lower: string,
  v: Vocabulary,
  f: BoilerplateFeatures,
): string | null {
  if (f.words > 60 || f.sentences > 3) return null;
  // The credit closes the block: only its last characters are searched.
  const end = text.length > 120 ? text.slice(-120) : text;
  const paren = /\)\s*\.?$/.test(end) ? /\(([^()]{2,90})\)\s*\.?$/.exec(end) : null;
  if (paren) {
    const inner = (paren[1] as string).toLowerCase();
    if (v.credit.start(lowerOf(inner)) && /[:/]/.test(inner)) return "credit:caption (credit: …)";
    if (
      /\S\s*\/\s*\S/.test(inner) &&
      // "(Drew Angerer/Getty Images)", not "(CDU/CSU)": an agency, or a person's full name.
      (AGENCY.test(inner) ||
        (isNameShaped((paren[1] as string).split("/")[0]?.trim() ?? "", 4) &&
          ((paren[1] as string).split("/")[0]?.trim().split(/\s+/).length ?? 0) >= 2))
    )
      return "credit:caption (name/agency)";
    // "(AFP)" alone closes a caption of one sentence; after a paragraph of several it is the
    // wire's attribution of the article's own text, which stays.
    if (AGENCY.test(inner) && inner.split(/\s+/).length <= 5 && f.sentences <= 1)
      return "credit:caption (agency)";
  }
  const label = end.includes(":")
    ? /(?:^|[\s.(])([\p{L}]+)s?\s*:\s*([^:]{2,80})$/u.exec(end)
    : null;
  if (
    label &&
    v.credit.start((label[1] as string).toLowerCase()) &&
    (label[2] as string).split(/\s+/).length <= 8
  )
    return "credit:credit label";
  // "Image source, Getty Images", "Image caption, …" (captions read aloud on news sites).
  if (
    /^(?:image|photo|picture|video|foto|imagen|imagem|bild) (?:source|caption|credit|fuente|legenda|quelle)s?\s*[,:]/u.test(
      lower,
    )
  )
    return "credit:caption label";
  if (v.credit.start(lower) && /^[\p{L}\s]+[:/]/u.test(lower) && f.words <= 15)
    return "credit:credit label";
  if (text.includes("©") && f.words <= 30) return "credit:copyright";
  // "… sa démission. WIKIPEDIA/CC/RAMA": sources and photographer in a slashed chain.
  if (/\s\p{Lu}[\p{Lu}\d.&-]+(?:\/[\p{L}\d.&-]+){2,3}$/u.test(end) && !/[.!?]$/.test(end))
    return "credit:slashed credit";
  // "Photo c/o PBS", "Photo by Jane Doe", "Foto cortesía de EFE": a credit without a colon, the
  // source named in capitals ("Bilder von der Front" is a heading).
  if (
    f.words <= 8 &&
    /^(?:[Pp]hotos?|[Ff]otos?|[Pp]ictures?|[Ii]mages?|[Ii]magen|[Ii]magem|[Ii]mmagine|[Bb]ild|[Фф]ото)\s+(?:c\/o|[Cc]ourtesy(?: of)?|[Cc]ortes[ií]a(?: de)?|by|von|di|de|por)(?:\s+\p{Lu}|\s*$)/u.test(
      text.trim(),
    ) &&
    !/^\S+\s+(?:by|von|di|de|por)\s*$/iu.test(text.trim())
  )
    return "credit:credit word and source";
  const inner = text.includes("(") ? /\(([\p{L}]+)\s*:\s*[^()]{1,40}\)/u.exec(text) : null;
  if (inner && v.credit.start((inner[1] as string).toLowerCase())) return "credit:credit label";
  // "… le 9 mars 2023 - Yuriy DYACHYSHYN / AFP"
  const slash = end.includes("/") ? /\s\/\s*([\p{L}. ]{2,30})$/u.exec(end) : null;
  if (slash && AGENCY.test(slash[1] as string)) return "credit:name/agency";
  // "… im Bundestag IMAGO/Emmanuele Contini": the agency and the photographer close the caption.
  const agencySlash = end.includes("/")
    ? /\s([\p{L}][\p{L}.-]{1,25})\/\s*\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}$/u.exec(end)
    : null;
  if (agencySlash && AGENCY.test(agencySlash[1] as string)) return "credit:agency/name";
  // "Com Lusa", "With Reuters", "Con información de EFE"
  if (
    f.words <= 6 &&
    /^(?:com|con|with|avec|mit|di|da)\s+(?:informa[çc][ãa]o d[ea]s?\s+|informaci[óo]n de\s+|agências|agencias|agenzie)?/iu.test(
      text,
    ) &&
    AGENCY.test(text)
  )
    return "credit:agency line";
  // "… en líneas enemigas. Foto Efe", "… (Foto Reuters)", "… Simeon Brown. Photo / Cameron
  // Pitney.": the credit word and a name close it.
  const tail =
    /(?:^|[.!?]\s+|[(|–—-]\s*)([Ff]otos?|[Pp]hotos?|[Bb]ild|[Ii]mage[nm]|[Ii]mmagine)\s+(?:\/\s+)?(\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,3})\)?\.?$/u.exec(
      end,
    );
  if (tail && v.credit.start((tail[1] as string).toLowerCase()) && f.words <= 50)
    return "credit:credit word and name";
  return null;
}

const NETWORK =
  /\b(?:twitter|x|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky|mastodon|google news|rss)\b/i;

// « … » (fr, ru, it, es, pt) and » … « (de): a guillemet that opens or closes a quotation is
// not an arrow pointing to a link.
const opensQuote = (text: string) => /^\s*»[^»«]*«/.test(text) || /^\s*›[^›‹]*‹/.test(text);

/** True when a line stops where no sentence or title can: on a comma or a function word. */
export function endsMidClause(text: string, stopwords: Set<string>): boolean {
  if (/,$/.test(text)) return true;
  const last = /(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase();
  return last !== undefined && last.length <= 5 && stopwords.has(last);
}

/** True when the page quotes with »…« (German typography): there a line opening with »Wort is a
 * quotation, closed on this line or a later one, not an arrow. */
export function quotesWithGuillemets(language: string, blocks: RawBlock[]): boolean {
  return language === "de" || blocks.some((b) => /»[^»«\s][^»«]{0,300}«/.test(b.text));
}
const closesQuote = (text: string) => /«[^«»]*»\s*$/.test(text) || /‹[^‹›]*›\s*$/.test(text);

const FOLLOWERS =
  /^\d[\d.,\s]*(?:k|m|mil|mln|тыс\.?|млн\.?|mio\.?)?\s*(?:followers?|subscribers?|abonnés|abonnes|seguidores|inscritos|suscriptores|abonnenten|follower|iscritti|подписчик(?:ов|а)?)$/u;

const OUTLINE = /^(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2})[.)]$/;

/** A block cut off by the site, not by the writer: a word and then "..." or "…". */
export const TRUNCATED = /\p{L}(?:\.{3}|…)$/u;

// 16+ characters of letters, digits and dashes with at least four digits and no vowel run of a
// word: hashes, UUIDs, slot ids.
const IDENTIFIER = /^(?=(?:[^\d]*\d){4})(?=.*[a-z])[0-9a-z_-]{16,}$/i;

/** The shape detectors, in order; the first that fires names the block. */
export function detect(
  b: TypedBlock,
  f: BoilerplateFeatures,
  v: Vocabulary,
  guillemetQuotes = false,
): Verdict | null {
  const text = b.text;
  if (SEPARATOR.test(text))
    return { reason: "separator", rule: "separator:line of dashes or symbols", score: 1 };
  if (b.kind === "embed" || b.kind === "attribution") return null;
  const n = f.words;
  const legacy = BOILERPLATE_RULES.find((r) => n <= r.maxWords && r.pattern.test(text));
  if (legacy) return { reason: legacy.reason, rule: legacy.rule, score: 0.95 };
  const lower = lowerOf(text);
  const letters = n <= 12 ? (text.match(LETTER)?.length ?? 0) : 99;
  // ", , , ," after an emptied label, "TL" (an avatar's initials), "|", "…"
  if (n <= 20 && v.controlsOnly(lower))
    return { reason: "navigation", rule: "nav:page controls", score: 0.85 };
  // A line that is only an agency's name ("Reuters", "AFP/Getty Images").
  if (
    n <= 4 &&
    AGENCY.test(text) &&
    text.replace(AGENCY_ALL, "").replace(/[\s/|,.()-]+/g, "") === ""
  )
    return { reason: "photo_credit", rule: "credit:agency name", score: 0.8 };
  if (/^(?:pingback|trackback)\s*:/.test(lower) && n <= 40)
    return { reason: "low_content", rule: "low:pingback", score: 0.9 };
  const closing = n <= 16 ? v.closing.start(lower) : null;
  if (closing) return { reason: "navigation", rule: `closing:${closing}`, score: 0.85 };
  // CMS shortcodes left in the text: "[gallery ids=…]", "{youtube}id{/youtube}",
  // "[caption …]Text[/caption]".
  if (
    /^\[[\w-]+(?:\s+[\w-]+(?:=[^\]]*)?)*\]$/.test(text.trim()) ||
    /^\{(\w+)\}[^{}]*\{\/\1\}$/.test(text.trim()) ||
    (/^\[(\w+)[\s\]][\s\S]*\[\/\1\]$/.test(text.trim()) && n <= 40) ||
    // A template's placeholder: "##RECOMENDA##", "%%AD%%".
    /^(#{2,}|%{2,})[\p{L}\d_-]+\1$/u.test(text.trim())
  )
    return { reason: "low_content", rule: "low:shortcode", score: 0.95 };
  // "0" alone is an empty widget's counter (comments, shares). Other figures alone may be a
  // flattened table's cells, which are the article's.
  if (text.trim() === "0") return { reason: "low_content", rule: "low:counter", score: 0.8 };
  if (
    /^(?:[»›→]|>>)/.test(text.trim()) &&
    n <= 20 &&
    !opensQuote(text) &&
    !(guillemetQuotes && /^»[\p{L}\p{N}„"]/u.test(text.trim()))
  )
    return { reason: "related_links", rule: "related:arrow link", score: 0.85 };
  if (/^@[\p{L}\p{N}_.]{2,30}$/u.test(text.trim()))
    return { reason: "byline", rule: "byline:handle", score: 0.85 };
  if (n <= 8 && f.linkDensity >= 0.2 && !f.endsLikeSentence && f.stopwordDensity < 0.4)
    return { reason: "low_content", rule: "links:mostly links", score: 0.8 };
  if (
    /^[\p{L}\p{N}]+(?:[:_][\p{L}\p{N}]+)*[:_][\p{L}\p{N}_:]+$/u.test(text.trim()) &&
    /_/.test(text)
  )
    return { reason: "low_content", rule: "low:page identifier", score: 0.85 };
  // A widget's or an ad slot's id ("c22ca0cc-e3e0-11e7-a840-5972c6b11446"): one long token of
  // letters and digits mixed, no word in it.
  if (n === 1 && IDENTIFIER.test(text.trim()) && !/^(?:https?:|www\.)/i.test(text))
    return { reason: "low_content", rule: "low:identifier", score: 0.85 };
  // "Date:", "Tags:" with nothing after them.
  if (n === 1 && /^[\p{L}]+\s*:$/u.test(text.trim()) && !v.cta.start(lower))
    return { reason: "low_content", rule: "low:empty label", score: 0.8 };
  // Breadcrumbs: "Home » MONDE » Ukraine …"
  // One separator is enough when what precedes it is a control ("Home » The evacuation of …").
  const crumbs = text.match(/\s[»›>]\s/g)?.length ?? 0;
  if (
    n <= 30 &&
    (crumbs >= 2 || (crumbs === 1 && v.controlsOnly(lowerOf(text.split(/\s[»›>]\s/)[0] ?? ""))))
  )
    return { reason: "navigation", rule: "nav:breadcrumb", score: 0.85 };
  // Short all-caps labels of live pages ("L'ESSENTIEL", "LE CONTEXTE"); longer all-caps lines
  // are headings of the story.
  // Only near the top: further down, short all-caps lines are a live page's own headings.
  if (
    n <= 3 &&
    f.capsRatio > 0.9 &&
    letters >= 4 &&
    !/\d/.test(text) &&
    !f.endsLikeSentence &&
    f.position <= 0.15
  )
    return { reason: "navigation", rule: "nav:all-caps label", score: 0.75 };
  if (
    letters <= 3 &&
    !/^\d[\d.,%]*$/.test(text.trim()) &&
    // "A.", "II.", "3)": a document's outline (a ruling's parts), not a widget.
    !OUTLINE.test(text.trim()) &&
    n <= 3 &&
    // Two letters ("TL", an avatar's initials); three capitals only at the top of the page, as
    // lower down they may be a party (SPD, CDU).
    (letters <= 2 || (f.capsRatio === 1 && f.position <= 0.1))
  )
    return { reason: "low_content", rule: "low:no words", score: 0.9 };
  if (n <= 12 && letters / Math.max(1, text.replace(/\s/g, "").length) < 0.5 && !/\d/.test(text))
    return { reason: "low_content", rule: "low:mostly symbols", score: 0.85 };

  if (lower.includes("cookie") && n <= 90 && v.consent.find(lower.replace(/cookies?/g, " ")))
    return { reason: "cookie_notice", rule: "consent:cookie banner", score: 0.95 };
  const paywall = n <= 30 && f.sentences <= 3 ? v.paywall.find(lower) : null;
  if (paywall) return { reason: "paywall", rule: `paywall:${paywall}`, score: 0.9 };
  if (
    n <= 12 &&
    /\d+\s*(?:-\s*\d+\s*)?(?:min\.?|mins|minutes?|minutos?|minuti|minuten)(?![\p{L}])/iu.test(
      text,
    ) &&
    v.readingTime.find(lower)
  )
    return { reason: "reading_time", rule: "reading:minutes to read", score: 0.95 };
  // "12 Min.": a reading-time or duration badge with its unit only.
  if (n <= 2 && /^\d{1,3}\s*(?:min\.?|mins\.?|мин\.?)$/iu.test(text.trim()))
    return { reason: "reading_time", rule: "reading:minutes alone", score: 0.85 };
  // "Aktualisiert am", "Publicado em": a dateline whose date the layout dropped.
  if (n <= 4 && !/\d/.test(text) && !f.endsLikeSentence && /\p{L}{6,}/u.test(text)) {
    const ws = lower.split(/[\s,:|•·]+/).filter(Boolean);
    if (ws.length > 0 && ws.every((w) => v.dateWords.has(w)))
      return { reason: "dateline", rule: "dateline:label without its date", score: 0.8 };
  }
  // Cloudflare's stand-in for an obfuscated address: the byline or contact line it sat in.
  if (n <= 8 && text.includes("[email protected]"))
    return { reason: "byline", rule: "byline:protected address", score: 0.85 };
  const ad = n <= 40 ? v.advert.start(lower) : null;
  if (ad) return { reason: "advert", rule: `advert:${ad}`, score: 0.9 };
  const tag = n <= 60 ? v.tags.start(lower) : null;
  if (tag && (/^[^:|]{1,40}[:|]/.test(lower) || n <= 3))
    return { reason: "seo_keywords", rule: "seo:tags line", score: 0.9 };
  const related = n <= 30 && f.sentences <= 2 ? v.related.start(lower) : null;
  if (related) return { reason: "related_links", rule: `related:${related}`, score: 0.9 };
  const credit = creditRule(text, lower, v, f);
  if (credit) return { reason: "photo_credit", rule: credit, score: 0.85 };
  // "[notícia atualizada às 14h10]", "(Updated 3:45 p.m.)": an update note in brackets.
  if (n <= 12 && /^[[(][^[\]()]+[\])]$/.test(text.trim()) && DATE_NUMERIC.test(text))
    return { reason: "dateline", rule: "dateline:update note", score: 0.85 };
  // " date 2025-11-24 Presenta:": a date and a label with nothing after it.
  if (n <= 4 && /:$/.test(text) && datelineRule(text.replace(/\s*\S+:$/, ""), v, b.kind, true))
    return { reason: "dateline", rule: "dateline:date and label", score: 0.8 };
  const dateline = datelineRule(text, v, b.kind, f.position <= 0.2);
  if (dateline) return { reason: "dateline", rule: dateline, score: 0.9 };
  // "By Jane Doe", "Por Juan Pérez y Ana Gómez", "@ebuendiaz"
  const by = n <= 10 ? v.bylinePrefix(lower) : null;
  if (
    by &&
    isNameShaped(
      text
        .slice(text.toLowerCase().indexOf(by) + by.length)
        .replace(/^[\s:,-]+/, "")
        .replace(/[|,;].*$/, ""),
      7,
    )
  )
    return { reason: "byline", rule: `byline:${by}`, score: 0.9 };
  if (/^@[\p{L}\p{N}_.]{2,30}$/u.test(text.trim()))
    return { reason: "byline", rule: "byline:handle", score: 0.85 };
  // "Redacción", "Da Redação": the desk alone.
  if (n <= 3 && v.byline.start(lower) === lower.replace(/[.:]+$/, ""))
    return { reason: "byline", rule: "byline:desk", score: 0.8 };
  const cta = n <= 15 && f.sentences <= 2 ? v.cta.start(lower) : null;
  if (cta) return { reason: "call_to_action", rule: `cta:${cta}`, score: 0.9 };
  const click = n <= 10 ? v.cta.find(lower) : null;
  if (click && /\s/.test(click) && !f.endsLikeSentence)
    return { reason: "call_to_action", rule: `cta:${click}`, score: 0.8 };
  if (
    /^(?:comments?|comentarios?|comentários?|commentaires?|kommentare?|commenti)\s*[(:]?\s*\d+\)?$/u.test(
      lower,
    )
  )
    return { reason: "call_to_action", rule: "cta:comment count", score: 0.85 };
  if (
    /^\d+\s+(?:comments?|comentarios?|comentários?|commentaires?|kommentare?|commenti|commento|replies|reply|respuestas?|respostas?|shares?)$/u.test(
      lower,
    )
  )
    return { reason: "call_to_action", rule: "cta:comment count", score: 0.85 };
  // "54,9 тыс подписчиков", "12K followers", "3.2 mil seguidores": a channel's audience counter.
  if (n <= 5 && FOLLOWERS.test(lower))
    return { reason: "call_to_action", rule: "cta:follower count", score: 0.85 };
  // "АПН Северо-Запад АПН Северо-Запад": a logo's alt text and its caption, the same words twice.
  // "France 24France 24": a logo's alt text glued to the same name.
  if (n <= 8 && text.length >= 8 && text.length % 2 === 0) {
    const half = text.length / 2;
    if (text.slice(0, half) === text.slice(half) && /\p{L}/u.test(text))
      return { reason: "navigation", rule: "nav:label twice", score: 0.8 };
  }
  // A tag cloud shown twice (desktop and mobile) is the same words twice too.
  if (n >= 2 && n <= 40 && n % 2 === 0) {
    const parts = text.split(/\s+/);
    if (parts.slice(0, n / 2).join(" ") === parts.slice(n / 2).join(" ") && !f.endsLikeSentence)
      return { reason: "navigation", rule: "nav:label twice", score: 0.8 };
  }
  if (
    (n <= 8 || (n <= 25 && />>\s*$/.test(text))) &&
    /[»›→>]\s*$/.test(text) &&
    !SENTENCE_END.test(text) &&
    !closesQuote(text)
  )
    return { reason: "call_to_action", rule: "cta:arrow link", score: 0.8 };
  if (n <= 12 && NETWORK.test(text) && v.cta.find(lower) && !f.endsLikeSentence)
    return { reason: "call_to_action", rule: "cta:social follow", score: 0.8 };
  if (isSeoKeywordLine(text, v.stopwords))
    return { reason: "seo_keywords", rule: "seo:comma-separated keyword phrases", score: 0.85 };
  return null;
}

/** A heading-like line: short, capitalised, no sentence-final punctuation. */
export function titleLike(text: string, f: BoilerplateFeatures): boolean {
  return f.words <= 16 && /^[\p{Lu}\p{N}"“'‘¿¡«]/u.test(text) && !/[.:;,]$/.test(text);
}
