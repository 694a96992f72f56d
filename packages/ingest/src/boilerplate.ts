// Boilerplate as a classifier. Every block is measured (length, stopword density for the page's
// language, link/handle density, capitals, sentence shape, position, repetition) in the spirit
// of jusText and boilerpipe; shape detectors name what a block is (call to action, byline,
// dateline, photo credit, reading time, paywall, cookie banner, related links, section label);
// then context decides the rest: short blocks between boilerplate are boilerplate, and once the
// article has ended in a run of prompts, what follows is the site's, not the article's.
// Every removal keeps its reason, the rule that fired, a score and the features.
//
// Content is protected first: a block is only taken out by a shape it matches as a whole (a CTA
// opens a short block; a credit closes one), never because it mentions "subscribe".
import type { BoilerplateFeatures, RemovalReason, RemovedBlock } from "@factline/domain";
import type { BlockKind, RawBlock } from "./html";
import { type Vocabulary, vocabulary } from "./lang/index";
import { STOPWORDS, stripUrls, words } from "./tokens";

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

/** A block with its kind, as boilerplate sees it. */
export type TypedBlock = RawBlock & {
  kind: BlockKind;
  block: number;
  /** For text input: the 1-based line of the input. */
  line?: number;
};

/** jusText's thresholds, scaled to our shorter stopword lists (≈120 words a language). */
export const DENSITY = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.2,
  stopwordsHigh: 0.25,
  maxLinkDensity: 0.2,
};

const LINKISH =
  /^(?:https?:\/\/|www\.|@\w|#\w|pic\.twitter\.com|t\.co\/|\S+\.(?:com|org|net|br|es|fr|de|it|pt)\b)/i;
// Cheap pre-test before LINKISH: only tokens with these can be links or handles.
const LINK_CHARS = /[/@#]|www\.|\w\.(?:com|org|net|br|es|fr|de|it|pt)\b/;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
// Closing quotes of every language: ” ’ » (fr/es/pt/it), “ ‘ (de „…“), › ‹.
// « closes a German quotation (»…«), as » closes a French one.
const SENTENCE_END = /[.!?…。]["”’»«“‘›‹)\]]*$/u;
const SENTENCE_MARK = /[.!?…]+(?=\s|["”’»«“‘›‹)\]]|$)/gu;

/** Measures a block. `repeats` is how many other blocks share its text. */
export function measure(
  text: string,
  index: number,
  count: number,
  repeats: number,
  stopwords: Set<string>,
  ws: string[] = words(text),
): BoilerplateFeatures {
  // Repair and the HTML reader leave single spaces, so a plain split is enough.
  const tokens = text.split(" ").filter(Boolean);
  let stop = 0;
  for (const w of ws) if (stopwords.has(w)) stop++;
  let links = 0;
  if (LINK_CHARS.test(text))
    for (const t of tokens)
      if (LINK_CHARS.test(t) && LINKISH.test(t.replace(/^[("“«]+/, ""))) links++;
  // Capitals matter on short lines; a long paragraph's opening is a fair sample.
  const sample = text.length > 240 ? text.slice(0, 240) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  const upper = letters ? (sample.match(UPPER)?.length ?? 0) : 0;
  const stopwordDensity = ws.length ? stop / ws.length : 0;
  const linkDensity = tokens.length ? links / tokens.length : 0;
  const chars = text.length;
  let density: BoilerplateFeatures["density"];
  if (linkDensity > DENSITY.maxLinkDensity || text.includes("©")) density = "bad";
  else if (chars < DENSITY.lengthLow) density = linkDensity > 0 ? "bad" : "short";
  else if (stopwordDensity >= DENSITY.stopwordsHigh)
    density = chars > DENSITY.lengthHigh ? "good" : "near_good";
  else if (stopwordDensity >= DENSITY.stopwordsLow) density = "near_good";
  else density = "bad";
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    words: tokens.length,
    chars,
    stopwordDensity: round(stopwordDensity),
    linkDensity: round(linkDensity),
    capsRatio: round(letters ? upper / letters : 0),
    sentences: (text.match(SENTENCE_MARK) ?? []).length,
    endsLikeSentence: SENTENCE_END.test(text),
    position: round(count > 1 ? index / (count - 1) : 0),
    repeats,
    density,
  };
}

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

/** The text a duplicate check compares: lowercase words without URLs or punctuation. */
export function duplicateKey(text: string): string {
  return words(stripUrls(text)).join(" ");
}

function tokenSet(key: string): Set<string> {
  return new Set(key.split(" ").filter(Boolean));
}

function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  // Size bounds first: neither test can pass when the sizes are far apart.
  if (a.size < 0.6 * b.size || a.size * 0.9 > b.size) return false;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  // Near-identical, or a block wholly contained in a comparable kept block (the tweet's text
  // repeated without its media link).
  return inter / union >= 0.9 || (inter / a.size >= 0.95 && a.size >= 0.6 * b.size);
}

/** How many kept blocks back a near-duplicate is looked for. */
export const NEAR_WINDOW = 60;

type Verdict = { reason: RemovalReason; rule: string; score: number; duplicateOf?: number };

// ---- shapes ---------------------------------------------------------------------------------

const lowerOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}@#]+/u, "")
    .trim();

// A name: 1–5 capitalised words, with the particles names carry (da, de, van, von, bin…).
const NAME_PARTICLE =
  /^(?:da|das|de|del|della|der|di|do|dos|du|e|la|le|van|von|y|bin|al|el|ibn|st\.?)$/i;
function isNameShaped(text: string, maxWords = 5): boolean {
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

const AGENCY =
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
    if (AGENCY.test(inner) && inner.split(/\s+/).length <= 5) return "credit:caption (agency)";
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
  // "Photo c/o PBS", "Photo by Jane Doe", "Foto cortesía de …": a credit without a colon.
  if (
    f.words <= 10 &&
    /^(?:photos?|fotos?|pictures?|images?|imagen|imagem|immagine|bild|фото)\s+(?:c\/o|courtesy|cortes[ií]a|by|von|di|de|por)(?![\p{L}])/iu.test(
      lower,
    )
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
  // "… en líneas enemigas. Foto Efe", "… (Foto Reuters)": the credit word and a name close it.
  const tail =
    /(?:^|[.!?]\s+|[(|–—-]\s*)([Ff]otos?|[Pp]hotos?|[Bb]ild|[Ii]mage[nm]|[Ii]mmagine)\s+(\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,3})\)?\.?$/u.exec(
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
function endsMidClause(text: string, stopwords: Set<string>): boolean {
  if (/,$/.test(text)) return true;
  const last = /(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase();
  return last !== undefined && last.length <= 5 && stopwords.has(last);
}

/** True when the page quotes with »…« (German typography): there a line opening with »Wort is a
 * quotation, closed on this line or a later one, not an arrow. */
function quotesWithGuillemets(language: string, blocks: RawBlock[]): boolean {
  return language === "de" || blocks.some((b) => /»[^»«\s][^»«]{0,300}«/.test(b.text));
}
const closesQuote = (text: string) => /«[^«»]*»\s*$/.test(text) || /‹[^‹›]*›\s*$/.test(text);

const FOLLOWERS =
  /^\d[\d.,\s]*(?:k|m|mil|mln|тыс\.?|млн\.?|mio\.?)?\s*(?:followers?|subscribers?|abonnés|abonnes|seguidores|inscritos|suscriptores|abonnenten|follower|iscritti|подписчик(?:ов|а)?)$/u;

const OUTLINE = /^(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2})[.)]$/;

/** A block cut off by the site, not by the writer: a word and then "..." or "…". */
const TRUNCATED = /\p{L}(?:\.{3}|…)$/u;

// 16+ characters of letters, digits and dashes with at least four digits and no vowel run of a
// word: hashes, UUIDs, slot ids.
const IDENTIFIER = /^(?=(?:[^\d]*\d){4})(?=.*[a-z])[0-9a-z_-]{16,}$/i;

/** The shape detectors, in order; the first that fires names the block. */
function detect(
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
  // A number alone on its line is a widget's counter (comments, shares), not text.
  if (/^\d{1,3}$/.test(text.trim()))
    return { reason: "low_content", rule: "low:counter", score: 0.8 };
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
  if ((text.match(/\s[»›>]\s/g) ?? []).length >= 2 && n <= 30)
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
function titleLike(text: string, f: BoilerplateFeatures): boolean {
  return f.words <= 16 && /^[\p{Lu}\p{N}"“'‘¿¡«]/u.test(text) && !/[.:;,]$/.test(text);
}

// ---- the classifier -------------------------------------------------------------------------

/**
 * Splits blocks into kept paragraphs and removed boilerplate (with reasons, scores and
 * features). `language` is the page's ISO 639-1 code (`und` uses every vocabulary).
 */
export function removeBoilerplate(
  blocks: TypedBlock[],
  language = "und",
): { kept: TypedBlock[]; removed: RemovedBlock[]; headline: number | null } {
  const v = vocabulary(language);
  const count = blocks.length;
  const textCount = new Map<string, number>();
  for (const b of blocks) textCount.set(b.text, (textCount.get(b.text) ?? 0) + 1);
  // Word lists are the costliest part of measuring; every step below reuses them.
  const wordsOf = blocks.map((b) => words(b.text));
  const features = blocks.map((b, i) =>
    measure(b.text, i, count, (textCount.get(b.text) ?? 1) - 1, v.stopwords, wordsOf[i]),
  );
  const guillemets = quotesWithGuillemets(language, blocks);
  const verdicts: (Verdict | null)[] = blocks.map((b, i) =>
    detect(b, features[i] as BoilerplateFeatures, v, guillemets),
  );
  // A label over a paragraph of prose ("Gründe:", "Tenor:", "Background:") heads that paragraph;
  // only a label with nothing of substance under it is the template's empty field.
  for (let i = 0; i + 1 < count; i++) {
    if (verdicts[i]?.rule !== "low:empty label" || verdicts[i + 1]) continue;
    const next = features[i + 1] as BoilerplateFeatures;
    if (next.endsLikeSentence && next.words >= 15) verdicts[i] = null;
  }
  // A sentence broken over several lines ("forte scossa di" / "terremoto registrata da") is one
  // block for context: group[i] is the first line of the sentence line i continues.
  const group = blocks.map((_, i) => i);
  for (let i = 1; i < count; i++) {
    const prev = (blocks[i - 1] as TypedBlock).text;
    const cur = (blocks[i] as TypedBlock).text;
    if (
      !SENTENCE_END.test(prev) &&
      /\s/.test(prev) &&
      // A lowercase start, or a number that opens more words ("18,08 nel distretto"); a lone
      // number under a title is a counter, not the title's continuation.
      (/^\p{Ll}/u.test(cur) ||
        (/^\p{N}/u.test(cur) && /\s/.test(cur)) ||
        // A line that stops on a comma or a function word goes on, whatever the next line's
        // case (German nouns: "… hat am Mittwoch ein neues" / "Klimapaket beschlossen, …").
        (/\s/.test(cur) && endsMidClause(prev, v.stopwords))) &&
      !verdicts[i] &&
      !verdicts[i - 1]
    )
      group[i] = group[i - 1] as number;
  }
  const groupFeatures = new Map<number, BoilerplateFeatures>();
  for (let i = 0; i < count; i++) {
    const g = group[i] as number;
    if (g === i && (i + 1 >= count || group[i + 1] !== i)) continue;
    if (groupFeatures.has(g)) continue;
    const text = blocks
      .filter((_, k) => group[k] === g)
      .map((b) => b.text)
      .join(" ");
    groupFeatures.set(g, measure(text, g, count, 0, v.stopwords));
  }
  const featuresFor = (i: number) =>
    groupFeatures.get(group[i] as number) ?? (features[i] as BoilerplateFeatures);

  // Tags in lowercase on a line of their own ("президент общество политика самит", "lula"):
  // content words only, no function word, no punctuation, and not part of a sentence that runs
  // over lines.
  for (let i = 0; i + 1 < count; i++) {
    const b = blocks[i] as TypedBlock;
    if (verdicts[i] || b.kind === "list_item" || b.kind === "embed" || b.kind === "attribution")
      continue;
    if (group[i] !== i || group[i + 1] === i) continue;
    if (!/^[\p{Ll}][\p{Ll}\s-]*$/u.test(b.text)) continue;
    const ws = wordsOf[i] as string[];
    if (ws.length > 8 || ws.some((w) => w.length < 3 || v.stopwords.has(w) || STOPWORDS.has(w)))
      continue;
    verdicts[i] = { reason: "seo_keywords", rule: "seo:lowercase tags", score: 0.75 };
  }

  // Duplicates, in order, among the blocks the detectors left.
  const keys: { set: Set<string>; heading: boolean; block: number }[] = [];
  const exactIndex = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (verdicts[i]) return;
    const key = (wordsOf[i] as string[]).join(" ");
    const set = tokenSet(key);
    const heading = b.kind === "title" || b.kind === "heading";
    // Short repeated headings ("Conclusion") are structure, not boilerplate.
    if (set.size >= 4 && b.kind !== "attribution") {
      const exact = exactIndex.get(key) ?? -1;
      let near = exact;
      // Exact repeats are found anywhere; near-duplicates within the last NEAR_WINDOW kept
      // blocks, where pages repeat themselves (a quote under its embed, a recap paragraph), so
      // a long article does not cost quadratic time.
      // A summary bullet that restates the headline is the live page's content, not a repeat.
      const nearOk = b.kind !== "list_item";
      for (
        let k = keys.length - 1;
        nearOk && near < 0 && k >= Math.max(0, keys.length - NEAR_WINDOW);
        k--
      ) {
        if (nearDuplicate(set, (keys[k] as (typeof keys)[number]).set)) near = k;
      }
      if (near >= 0) {
        const prior = keys[near] as (typeof keys)[number];
        // A caption or a title repeated right under the headline is the same headline again.
        const headline =
          heading || (prior.heading && titleLike(b.text, features[i] as BoilerplateFeatures));
        verdicts[i] =
          headline && prior.heading
            ? {
                reason: "repeated_headline",
                rule: exact >= 0 ? "duplicate:same headline" : "duplicate:near-identical headline",
                score: 1,
                duplicateOf: near,
              }
            : {
                reason: "duplicate_paragraph",
                rule: exact >= 0 ? "duplicate:exact" : "duplicate:near-duplicate",
                score: 1,
                duplicateOf: near,
              };
        return;
      }
    }
    if (!exactIndex.has(key)) exactIndex.set(key, keys.length);
    keys.push({ set, heading, block: i });
  });

  const removedAt = (i: number) => verdicts[i] != null;

  const protectedKind = (b: TypedBlock) => b.kind === "embed" || b.kind === "attribution";

  // A photo's caption twice, as alt text and as the caption with its credit: "Ukrainische
  // Soldaten … Innenstadt." then "Ukrainische Soldaten … Innenstadt.AP/dpa/Emilio Morenatti".
  // Both are the photo's, not the article's. The headline is never followed by itself and a
  // credit; an exact repeat counts only for a sentence (a headline repeated is a heading).
  for (let i = 1; i + 1 < count; i++) {
    const b = blocks[i] as TypedBlock;
    const next = blocks[i + 1] as TypedBlock;
    const f = features[i] as BoilerplateFeatures;
    if (verdicts[i] || protectedKind(b) || protectedKind(next) || f.words < 4) continue;
    if (!next.text.startsWith(b.text)) continue;
    const tail = next.text.slice(b.text.length).trim();
    const creditTail =
      tail.length > 0 &&
      tail.split(/\s+/).length <= 8 &&
      (/[/©]/.test(tail) || AGENCY.test(tail) || v.credit.find(lowerOf(tail)) !== null);
    const sameSentence =
      tail.length === 0 && f.endsLikeSentence && verdicts[i + 1]?.reason === "duplicate_paragraph";
    if (!creditTail && !sameSentence) continue;
    verdicts[i] = { reason: "photo_credit", rule: "credit:caption and its copy", score: 0.8 };
    if (creditTail && !verdicts[i + 1])
      verdicts[i + 1] = { reason: "photo_credit", rule: "credit:caption and its copy", score: 0.8 };
  }

  // Controls repeated with the same wording ("x: abre ventana nueva", "Whatsapp: abre ventana
  // nueva"): three or more short blocks sharing their last three words.
  const tails = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const f = features[i] as BoilerplateFeatures;
    // Tallies ("Party A: 35 per cent of votes") repeat their wording too; controls have no digits.
    if (f.words > 8 || f.words < 3 || protectedKind(b) || /\d/.test(b.text)) return;
    const key = (wordsOf[i] as string[]).slice(-3).join(" ");
    tails.set(key, [...(tails.get(key) ?? []), i]);
  });
  for (const idx of tails.values())
    if (idx.length >= 3)
      for (const i of idx)
        verdicts[i] ??= { reason: "navigation", rule: "nav:repeated control label", score: 0.8 };

  // Menus: three or more fragments in a row of one to three capitalised words, none a sentence
  // ("Home", "Politik", "Wirtschaft", "Sport"). Article text has no such runs: its short lines
  // are single headings over prose.
  {
    const menuItem = (k: number) => {
      const b = blocks[k] as TypedBlock;
      const f = features[k] as BoilerplateFeatures;
      return (
        !protectedKind(b) &&
        f.words <= 3 &&
        !f.endsLikeSentence &&
        !/[:;,?!]$/.test(b.text) &&
        /^[\p{Lu}\p{N}]/u.test(b.text) &&
        !/^\d[\d\s.,:%-]*$/.test(b.text)
      );
    };
    for (let i = 0; i < count; ) {
      let j = i;
      const items: number[] = [];
      while (j < count && (removedAt(j) || menuItem(j))) {
        if (!removedAt(j)) items.push(j);
        j++;
      }
      const listItems = items.filter((k) => (blocks[k] as TypedBlock).kind === "list_item").length;
      if (items.length >= 3 && items.length - listItems + Math.floor(listItems / 2) >= 3)
        for (const k of items)
          verdicts[k] = { reason: "navigation", rule: "nav:run of menu items", score: 0.7 };
      i = j > i ? j : i + 1;
    }
  }

  // Before the headline: section labels, kickers, site names ("Mundo", "BRASIL E MUNDO",
  // "Sábado – Pense por si", "Срочные новости:"). The headline is the first block that is not
  // such a label; a label is only taken out when a longer title-like block follows it, maybe
  // after other labels (a site's name, then its section).
  const top = Math.min(count, 8);
  let headline = -1;
  const labels: number[] = [];
  const labelShaped = (k: number) => {
    const f = features[k] as BoilerplateFeatures;
    const text = (blocks[k] as TypedBlock).text;
    return (
      !f.endsLikeSentence &&
      !groupFeatures.has(group[k] as number) &&
      !protectedKind(blocks[k] as TypedBlock) &&
      (f.words <= 2 ||
        f.capsRatio > 0.8 ||
        (f.words <= 5 && /\s[–—|]\s/.test(text)) ||
        (f.words <= 3 && /:$/.test(text)))
    );
  };
  for (let i = 0; i < top; i++) {
    if (removedAt(i)) continue;
    const f = features[i] as BoilerplateFeatures;
    const b = blocks[i] as TypedBlock;
    if (protectedKind(b)) break;
    let next = i + 1;
    while (next < top && (removedAt(next) || labelShaped(next))) next++;
    const nextF = next < count ? (features[next] as BoilerplateFeatures) : null;
    const nextB = next < count ? (blocks[next] as TypedBlock) : null;
    const nextTitle =
      nextB !== null && nextF !== null && titleLike(nextB.text, nextF) && !nextF.endsLikeSentence;
    const label =
      nextB !== null &&
      nextF !== null &&
      nextF.words >= 4 &&
      ((labelShaped(i) &&
        (titleLike(nextB.text, { ...nextF, words: Math.min(nextF.words, 16) }) ||
          !nextF.endsLikeSentence) &&
        (nextF.words > f.words || (f.capsRatio > 0.8 && nextF.capsRatio < 0.5))) ||
        // A kicker of a few words over a headline at least twice as long ("La guerra in
        // Ucraina" over "La Russia minaccia Kiev con i droni: …").
        (!f.endsLikeSentence &&
          !groupFeatures.has(group[i] as number) &&
          f.words <= 5 &&
          titleLike(b.text, f) &&
          nextTitle &&
          nextF.words >= Math.max(8, 2 * f.words)));
    if (label) {
      labels.push(i);
      continue;
    }
    headline = i;
    break;
  }
  if (headline >= 0)
    for (const i of labels)
      verdicts[i] = { reason: "navigation", rule: "nav:label before the headline", score: 0.8 };

  // The headline again with the site's name or a suffix ("… – Live su Example.it – in costante
  // aggiornamento"): most of its words, in a block not much longer.
  if (headline >= 0) {
    const head = new Set(wordsOf[headline]);
    if (head.size >= 5)
      for (let i = headline + 1; i < Math.min(count, headline + 12); i++) {
        if (removedAt(i) || protectedKind(blocks[i] as TypedBlock)) continue;
        const set = new Set(wordsOf[i]);
        let inter = 0;
        for (const x of head) if (set.has(x)) inter++;
        // A lede restating the headline is content: only a copy with the site's name or a
        // separated suffix is a repeat.
        const suffixed = /\s[–—|-]\s|\b[\w-]+\.(?:com|it|es|pt|fr|de|br|org|net)\b/i.test(
          (blocks[i] as TypedBlock).text,
        );
        if (inter / head.size >= 0.8 && set.size <= head.size * 1.6 && suffixed)
          verdicts[i] = {
            reason: "repeated_headline",
            rule: "duplicate:headline with additions",
            score: 0.85,
          };
      }
  }

  // Right after the headline, before the body: bylines without a "By" ("Nauan Sacramento").
  const bodyAt = (min: number) =>
    blocks.findIndex(
      (_, i) =>
        i > headline &&
        !removedAt(i) &&
        (featuresFor(i).density === "good" ||
          (featuresFor(i).words >= min && featuresFor(i).endsLikeSentence)),
    );
  // A short page's body may be one sentence of a dozen words.
  const strictBody = bodyAt(15);
  const firstBody = strictBody >= 0 ? strictBody : bodyAt(8);
  for (let i = headline + 1; i < Math.max(firstBody, 0); i++) {
    const b = blocks[i] as TypedBlock;
    if (removedAt(i) || protectedKind(b)) continue;
    // Only beside a dateline or another byline piece: capitalised words alone are also German
    // nouns and subheadings.
    const bylineish = (k: number) =>
      k >= 0 &&
      k < count &&
      ["dateline", "byline", "low_content"].includes(verdicts[k]?.reason ?? "");
    const prevRemoved = bylineish(i - 1);
    const nextRemoved = bylineish(i + 1);
    if (
      isNameShaped(b.text, 4) &&
      (features[i] as BoilerplateFeatures).words <= 4 &&
      (prevRemoved || nextRemoved)
    )
      verdicts[i] = { reason: "byline", rule: "byline:name beside header lines", score: 0.75 };
  }
  // Between the headline and the body, a fragment of one to three words that is neither a
  // sentence nor a title ("Mundo", "5 min", "Compartir", a section tag) is the page's header.
  for (let i = headline + 1; i < Math.max(firstBody, 0); i++) {
    const b = blocks[i] as TypedBlock;
    const f = features[i] as BoilerplateFeatures;
    if (removedAt(i) || protectedKind(b) || b.kind === "list_item") continue;
    if (groupFeatures.has(group[i] as number)) continue;
    if (f.words <= 3 && !f.endsLikeSentence && !/[?!:]$/.test(b.text))
      verdicts[i] = { reason: "navigation", rule: "nav:fragment in the header", score: 0.7 };
  }

  // Runs of short title-like lines with no body between them: a list of links to other stories,
  // beside other link boxes or after the article's last paragraph of prose.
  // A teaser cut off by the site ("… convivió con miles...") links to another story; it is not
  // the end of a sentence.
  const teaser = (k: number) =>
    TRUNCATED.test((blocks[k] as TypedBlock).text) &&
    (features[k] as BoilerplateFeatures).words >= 4 &&
    (features[k] as BoilerplateFeatures).words <= 40;
  let lastProse = -1;
  for (let i = count - 1; i >= 0; i--) {
    const f = featuresFor(i);
    if (
      !verdicts[i] &&
      !teaser(i) &&
      (f.density === "good" || (f.endsLikeSentence && f.words >= 8))
    ) {
      lastProse = i;
      break;
    }
  }
  // A link's title: capitalised, no final punctuation; a linked headline may run to 30 words
  // ("Morena prevé reasignar …; no contempla recursos extras para la SSPC").
  const headlineLike = (k: number) => {
    const b = blocks[k] as TypedBlock;
    const f = features[k] as BoilerplateFeatures;
    return (
      !removedAt(k) &&
      !protectedKind(b) &&
      b.kind !== "list_item" &&
      f.words >= 4 &&
      (titleLike(b.text, { ...f, words: f.words <= 30 ? Math.min(f.words, 16) : f.words }) ||
        teaser(k))
    );
  };
  // Separators and symbols between the titles ("-", "|") do not break a list of links.
  const spacer = (k: number) =>
    verdicts[k]?.reason === "separator" || verdicts[k]?.reason === "low_content";
  for (let i = 0; i < count; ) {
    let j = i;
    const items: number[] = [];
    while (j < count && (headlineLike(j) || (items.length > 0 && spacer(j)))) {
      if (headlineLike(j)) items.push(j);
      j++;
    }
    // The run ends at its last title, not at a trailing spacer.
    if (items.length > 0) j = (items[items.length - 1] as number) + 1;
    const firsts = new Set(items.map((k) => (wordsOf[k] as string[]).slice(0, 2).join(" ")));
    const edge = (k: number) =>
      k >= count ||
      (k >= 0 &&
        ["related_links", "call_to_action", "seo_keywords", "navigation"].includes(
          verdicts[k]?.reason ?? "",
        ));
    if (
      items.length >= 3 &&
      firsts.size === items.length &&
      (edge(i - 1) || edge(j) || (lastProse >= 0 && i > lastProse))
    )
      for (const k of items)
        verdicts[k] = {
          reason: "related_links",
          rule: "related:run of headline-like lines",
          score: 0.75,
        };
    i = j > i ? j : i + 1;
  }

  // The page's foot: from the article's last paragraph of prose to the end, fragments (a few
  // words, no sentence) and boilerplate only, three or more of them: menus, section lists and
  // link boxes ("Что ещё почитать", "В регионах", "Новости", …).
  if (lastProse >= 0) {
    const fragment = (k: number) => {
      const b = blocks[k] as TypedBlock;
      const f = features[k] as BoilerplateFeatures;
      return !protectedKind(b) && f.words <= 6 && !f.endsLikeSentence && !/[?!:]$/.test(b.text);
    };
    // Another story's teaser, cut off by the site, belongs to the foot's link boxes.
    const footTeaser = (k: number) => teaser(k) && (features[k] as BoilerplateFeatures).words >= 12;
    let start = count;
    while (
      start - 1 > lastProse &&
      (removedAt(start - 1) || fragment(start - 1) || footTeaser(start - 1))
    )
      start--;
    const tail = blocks.slice(start).map((_, k) => start + k);
    const keptFragments = tail.filter((k) => !removedAt(k));
    // A repeat of the article's own text is no sign of the site's foot; its widgets are.
    const widgets =
      tail.filter(
        (k) =>
          removedAt(k) &&
          !["duplicate_paragraph", "repeated_headline"].includes(verdicts[k]?.reason ?? ""),
      ).length + tail.filter((k) => !removedAt(k) && footTeaser(k)).length;
    if (keptFragments.length >= 3 || (keptFragments.length >= 2 && widgets >= 1))
      for (const k of keptFragments)
        verdicts[k] = {
          reason: "navigation",
          rule: "nav:fragments at the page's foot",
          score: 0.7,
        };
  }

  // "Leia também" / "LEGGI ANCHE" alone on its line, then the linked story's headline on the
  // next: the headline (up to three of them, none a sentence) is the link.
  for (let i = 1; i < count; i++) {
    const label = verdicts[i - 1];
    if (label?.reason !== "related_links" || !label.rule.startsWith("related:")) continue;
    if ((features[i - 1] as BoilerplateFeatures).words > 4) continue;
    for (let k = i; k < Math.min(count, i + 3); k++) {
      const b = blocks[k] as TypedBlock;
      const f = features[k] as BoilerplateFeatures;
      if (removedAt(k) || protectedKind(b) || b.kind === "list_item") break;
      if (!titleLike(b.text, f) || f.words < 3) break;
      verdicts[k] = {
        reason: "related_links",
        rule: "related:headline under a link label",
        score: 0.75,
      };
    }
  }

  // Teasers between the same link prompt ("…" / "Read more »" / "…" / "Read more »"): each
  // block the prompt follows is a link's text. Only prompts that link (calls to action, related
  // leads), not adverts, which sit between paragraphs of the article.
  {
    const prompts = new Map<string, number[]>();
    blocks.forEach((b, i) => {
      const reason = verdicts[i]?.reason;
      if ((reason === "call_to_action" || reason === "related_links") && wordsOf[i]?.length)
        prompts.set(b.text, [...(prompts.get(b.text) ?? []), i]);
    });
    for (const at of prompts.values()) {
      if (at.length < 2) continue;
      const items: number[] = [];
      let spaced = true;
      for (let n = 0; n < at.length; n++) {
        const from = n === 0 ? -1 : (at[n - 1] as number);
        const kept = [];
        for (let k = (at[n] as number) - 1; k > from && kept.length < 2; k--)
          if (!removedAt(k)) kept.push(k);
        // One block of a teaser's length between two prompts; the first prompt's block too.
        const short =
          kept.length > 0 && (features[kept[0] as number] as BoilerplateFeatures).words <= 60;
        const single = short && (kept.length === 1 || n === 0);
        if (n > 0 && !single) spaced = false;
        if (single) items.push(kept[0] as number);
      }
      if (spaced && at.length >= 2 && items.length >= 2)
        for (const k of items)
          if (!protectedKind(blocks[k] as TypedBlock))
            verdicts[k] = {
              reason: "related_links",
              rule: "related:teaser before a link prompt",
              score: 0.7,
            };
    }
  }

  // Bullets under a removed box label ("Key events", "Lire aussi", "Más noticias"): two or more
  // headline-shaped items, none a sentence, are that box's links. A bullet list of the article
  // follows its own prose, not a label the page put there.
  for (let i = 1; i < count; i++) {
    const label = verdicts[i - 1]?.reason;
    if (!label || !["related_links", "navigation", "call_to_action"].includes(label)) continue;
    let j = i;
    while (
      j < count &&
      !removedAt(j) &&
      (blocks[j] as TypedBlock).kind === "list_item" &&
      (features[j] as BoilerplateFeatures).words <= 30 &&
      !/[.;:,]$/.test((blocks[j] as TypedBlock).text)
    )
      j++;
    if (j - i >= 2)
      for (let k = i; k < j; k++)
        verdicts[k] = {
          reason: "related_links",
          rule: "related:bullets under a box label",
          score: 0.7,
        };
  }

  // Context (jusText): a short or near-good block whose neighbours on both sides are
  // boilerplate is boilerplate; the page's edges count as boilerplate.
  const cls = (i: number): "bad" | "good" | "short" => {
    if (verdicts[i]) return "bad";
    const f = featuresFor(i);
    if (protectedKind(blocks[i] as TypedBlock)) return "good";
    // A short sentence of prose ("Iran has denied sending drones.") is content wherever it
    // stands; only fragments and labels are left to their neighbours.
    if (f.endsLikeSentence && f.words >= 4 && f.stopwordDensity > 0) return "good";
    if (f.chars < DENSITY.lengthLow) return "short";
    // jusText's "bad" block: long, no sentence, almost no function words (a tag cloud, a row of
    // names). Its neighbours decide, as for a short one.
    if (!f.endsLikeSentence && f.words > 16 && f.stopwordDensity < DENSITY.stopwordsLow / 2)
      return "short";
    return "good";
  };
  const base = blocks.map((_, i) => cls(i));
  const neighbour = (i: number, step: number) => {
    for (let k = i + step; k >= 0 && k < count; k += step) if (base[k] !== "short") return base[k];
    return "edge";
  };
  // Context smoothing starts at a body of real length; a page of one sentence has no context.
  // Excerpts end mid-text: the blocks after the page's last boilerplate are content when one of
  // them is a headline or prose of some length (a live page's next post), not a control.
  const tailKept = (i: number) => {
    let from = i;
    while (from > 0 && base[from - 1] === "short") from--;
    for (let k = from; k < count; k++) {
      const f = features[k] as BoilerplateFeatures;
      if (f.words >= 6 && !verdicts[k]) return true;
    }
    return false;
  };
  const bodyStart = strictBody < 0 ? count : strictBody;
  for (let i = bodyStart; i < count; i++) {
    if (base[i] !== "short") continue;
    const b = blocks[i] as TypedBlock;
    if (b.kind === "title" || b.kind === "list_item") continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    // A heading right above a body paragraph belongs to it.
    if (i + 1 < count && base[i + 1] === "good") continue;
    if (
      before !== "good" &&
      after !== "good" &&
      !(after === "edge" && before === "bad" && tailKept(i))
    )
      verdicts[i] = { reason: "context", rule: "context:between boilerplate", score: 0.7 };
  }

  // The end of the article: a run of prompts (subscribe, paywall, related, tags) late in the page
  // after which little text remains; what follows is the site's promotion, not the article.
  const PROMPT = new Set<RemovalReason>([
    "call_to_action",
    "paywall",
    "related_links",
    "seo_keywords",
    "cookie_notice",
  ]);
  const keptChars = blocks.map((b, i) => (verdicts[i] ? 0 : b.text.length));
  const total = keptChars.reduce((a, c) => a + c, 0);
  let before = 0;
  for (let i = 0; i < count; i++) {
    if (!verdicts[i]) {
      before += keptChars[i] as number;
      continue;
    }
    let j = i;
    let prompts = 0;
    while (j < count && verdicts[j]) {
      // A box of links under a label ("Key events") sits mid-page; it does not close the article.
      const boxed = (verdicts[j] as Verdict).rule === "related:bullets under a box label";
      if (PROMPT.has((verdicts[j] as Verdict).reason) && !boxed) prompts++;
      j++;
    }
    const after = total - before;
    const paywall = verdicts.slice(i, j).some((x) => x?.reason === "paywall");
    // Boxes of related links and tags also sit mid-article; the end needs a call to action.
    const cta = verdicts.slice(i, j).some((x) => x?.reason === "call_to_action");
    // A paywall ends the article wherever it is; other prompts only near the end, since a
    // newsletter box may sit in the middle of a story.
    if (
      before > 0 &&
      ((paywall && after < before) ||
        (cta && prompts >= 3 && after < before / 2) ||
        (cta && j - i >= 2 && prompts >= 2 && after < before / 3))
    ) {
      for (let k = j; k < count; k++)
        if (!verdicts[k] && !protectedKind(blocks[k] as TypedBlock))
          verdicts[k] = {
            reason: "after_article",
            rule: "tail:after the closing prompts",
            score: 0.7,
          };
      break;
    }
    i = j - 1;
  }

  const kept: TypedBlock[] = [];
  const removed: RemovedBlock[] = [];
  const keptIndex = new Map<number, number>();
  blocks.forEach((b, i) => {
    const verdict = verdicts[i];
    if (!verdict) {
      keptIndex.set(i, kept.length);
      kept.push(b);
      return;
    }
    const dup =
      verdict.duplicateOf !== undefined ? (keys[verdict.duplicateOf]?.block ?? null) : null;
    removed.push({
      text: b.text,
      reason: verdict.reason,
      block: b.block,
      rule: verdict.rule,
      duplicateOf: dup !== null ? (keptIndex.get(dup) ?? null) : null,
      ...(b.line !== undefined ? { line: b.line } : {}),
      score: verdict.score,
      features: features[i] as BoilerplateFeatures,
    });
  });
  return { kept, removed, headline: headline >= 0 && !verdicts[headline] ? headline : null };
}
