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
import {
  DENSITY,
  duplicateKey,
  measure,
  NEAR_WINDOW,
  nearDuplicate,
  SENTENCE_END,
  type TypedBlock,
  tokenSet,
} from "./boilerplate/features";
import {
  AGENCY,
  BOILERPLATE_RULES,
  detect,
  endsMidClause,
  isNameShaped,
  lowerOf,
  quotesWithGuillemets,
  TRUNCATED,
  titleLike,
  type Verdict,
} from "./boilerplate/shapes";
import { vocabulary } from "./lang/index";
import { STOPWORDS, words } from "./tokens";

export { BOILERPLATE_RULES, DENSITY, duplicateKey, measure, NEAR_WINDOW, type TypedBlock };

/** Results and scores ("SPD 25,7 Prozent, CDU 24,1 Prozent, …"): three shares or decimals. A
 * tally is the article's data, whatever its share of function words. */
const tally = (text: string) => (text.match(/\d+[.,]\d+|\d+\s?%/g) ?? []).length >= 3;

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
  // credit. A plain repeat is left to the duplicate check, which keeps the first copy (a
  // standfirst repeated as the lede is the article's).
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
    if (!creditTail) continue;
    verdicts[i] = { reason: "photo_credit", rule: "credit:caption and its copy", score: 0.8 };
    if (!verdicts[i + 1])
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
        // A label in capitals ("BRASIL E MUNDO", "LA GIORNATA IN TEMPO REALE"); a headline in
        // capitals is longer.
        (f.capsRatio > 0.8 && f.words <= 6) ||
        (f.words <= 5 && /\s[–—|]\s/.test(text)) ||
        (f.words <= 3 && /:$/.test(text)))
    );
  };
  for (let i = 0; i < top; i++) {
    if (removedAt(i)) continue;
    const f = features[i] as BoilerplateFeatures;
    const b = blocks[i] as TypedBlock;
    if (protectedKind(b)) break;
    // Over other labels only from a short label: an all-caps headline is label-shaped too.
    let next = i + 1;
    while (next < top && removedAt(next)) next++;
    if (f.words <= 3) while (next < top && (removedAt(next) || labelShaped(next))) next++;
    const nextF = next < count ? (features[next] as BoilerplateFeatures) : null;
    const nextB = next < count ? (blocks[next] as TypedBlock) : null;
    // A kicker of three to five words ("La guerra in Ucraina") is not taken: it cannot be told
    // from a short headline over an unpunctuated standfirst.
    const label =
      nextB !== null &&
      nextF !== null &&
      nextF.words >= 4 &&
      labelShaped(i) &&
      (titleLike(nextB.text, { ...nextF, words: Math.min(nextF.words, 16) }) ||
        !nextF.endsLikeSentence) &&
      (nextF.words > f.words || (f.capsRatio > 0.8 && nextF.capsRatio < 0.5));
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
    // "Azaria Howell,": a byline whose role after the comma was a separate element.
    if (
      isNameShaped(b.text.replace(/,\s*$/, ""), 4) &&
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
  // A teaser cut off by the site ("… convivió con miles...") is one of a run's linked items.
  const teaser = (k: number) =>
    TRUNCATED.test((blocks[k] as TypedBlock).text) &&
    (features[k] as BoilerplateFeatures).words >= 4 &&
    (features[k] as BoilerplateFeatures).words <= 40;
  let lastProse = -1;
  for (let i = count - 1; i >= 0; i--) {
    const f = featuresFor(i);
    if (!verdicts[i] && (f.density === "good" || (f.endsLikeSentence && f.words >= 8))) {
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
      (titleLike(b.text, f) ||
        // Past 16 words only a headline's words, not a tally ("SPD 25,7 Prozent, CDU …").
        (f.words <= 30 && !tally(b.text) && titleLike(b.text, { ...f, words: 16 })) ||
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
    let start = count;
    while (start - 1 > lastProse && (removedAt(start - 1) || fragment(start - 1))) start--;
    const tail = blocks.slice(start).map((_, k) => start + k);
    const keptFragments = tail.filter((k) => !removedAt(k));
    // A repeat of the article's own text is no sign of the site's foot; its widgets are.
    const widgets = tail.filter(
      (k) =>
        removedAt(k) &&
        !["duplicate_paragraph", "repeated_headline"].includes(verdicts[k]?.reason ?? ""),
    ).length;
    if (keptFragments.length >= 3 || (keptFragments.length >= 2 && widgets >= 1))
      for (const k of keptFragments)
        verdicts[k] = {
          reason: "navigation",
          rule: "nav:fragments at the page's foot",
          score: 0.7,
        };
  }

  // The page's last kept block a short label ending in a colon ("No comments:", "News
  // Categories:"): what it introduced, the comments or the section's links, was emptied or cut
  // away, so the label introduces nothing of the article.
  if (lastProse >= 0) {
    let last = count - 1;
    while (last > lastProse && removedAt(last)) last--;
    const b = blocks[last] as TypedBlock;
    if (
      last > lastProse &&
      !protectedKind(b) &&
      (features[last] as BoilerplateFeatures).words <= 4 &&
      /\p{L}\s*:$/u.test(b.text.trim())
    )
      verdicts[last] = { reason: "navigation", rule: "nav:label at the page's end", score: 0.7 };
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
    if (
      !f.endsLikeSentence &&
      f.words > 16 &&
      f.stopwordDensity < DENSITY.stopwordsLow / 2 &&
      !tally((blocks[i] as TypedBlock).text)
    )
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
