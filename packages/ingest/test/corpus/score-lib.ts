// Scores ingest on the evaluation corpus (test/corpus/pages). The computation lives here so that
// `scripts/score.ts` (the CLI) and a vitest quality test report the same numbers.
//
// Every metric is a count `num / den`, summed over pages (micro-average) within a group (split ×
// language). What each one counts is written next to it in `METRICS`.
import type { IngestResult } from "@factline/domain";
import { findActors } from "../../src/actors";
import { ingest } from "../../src/index";
import type { GoldSplit } from "./gold";
import type { CorpusPage } from "./load";

/** A ratio, kept as counts so groups can be summed. */
export interface Count {
  num: number;
  den: number;
}

/** The metrics, in table order, with what they count. */
export const METRICS = {
  bpRecall: "gold boilerplate lines the system removed / gold boilerplate lines",
  bpPrecision: "removed lines that are gold boilerplate or post lines / removed lines",
  textKept: "content lines (not boilerplate, not post) whose text survives in cleanedText",
  encRepaired: "damaged pages fully repaired / damaged pages (made: same cleanedText as source)",
  cleanUnchanged: "clean pages with no encoding repair / clean pages",
  language: "pages whose result.language is the gold language / pages",
  postsFound: "gold posts matched by handle, lines or text among result.embeddedPosts",
  postsPrecision: "system posts matching a gold post / system posts",
  dateExact: "pages where mainEvent.date equals the gold date / pages whose text states it",
  actors: "gold initiator + target matched (loosely, by role) / gold initiators + targets",
  claimRecall: "gold claims overlapped >= 50% of their characters by a candidate / gold claims",
  claimPrecision: "candidates overlapping a gold claim (and no hedged/opinion one) / candidates",
  hedgedNotAsserted: "gold hedged sentences whose sentence is not an assertion / gold hedged",
  opinionsNotAsserted: "gold opinions whose sentence is not an assertion / gold opinions",
} as const;
export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export type Counts = Record<MetricName, Count>;

/** What one page scored, with the details `--verbose` prints. */
export interface PageScore {
  slug: string;
  language: string;
  split: GoldSplit;
  kind: string;
  origin: "real" | "made";
  counts: Counts;
  /** Why it scored less than full, one line per miss. */
  misses: string[];
  /** Set when ingest threw on the page. */
  error: string | null;
}

export interface GroupScore {
  pages: number;
  counts: Counts;
}

export interface CorpusScore {
  pages: PageScore[];
  /** split (`dev`, `test`, `all`) -> language (`all` and each code) -> totals. */
  groups: Record<"dev" | "test" | "all", Record<string, GroupScore>>;
}

const emptyCounts = (): Counts =>
  Object.fromEntries(METRIC_NAMES.map((m) => [m, { num: 0, den: 0 }])) as unknown as Counts;

/** num / den, or null when nothing was counted. */
export function ratio(c: Count): number | null {
  return c.den === 0 ? null : c.num / c.den;
}

// ---------------------------------------------------------------------------------------------
// Text comparison

const LIST_MARKER = /^(?:[-*•‣▪◦]|\d{1,2}[.)])\s+/u;

/**
 * Loose form used to compare page text with the system's text: Unicode NFKC, typographic
 * quotes/dashes/ellipsis folded, whitespace collapsed, a leading list marker dropped. Cleaning
 * may normalize these; it must not lose the words.
 */
export function loose(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LIST_MARKER, "");
}

/** Length of the longest common substring (characters). */
export function longestCommonSubstring(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      if (ca === b.charCodeAt(j - 1)) {
        const v = (prev[j - 1] ?? 0) + 1;
        cur[j] = v;
        if (v > best) best = v;
      } else cur[j] = 0;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** True when `text` overlaps `gold` by at least half of gold's characters (loose forms). */
export function overlapsGold(text: string, gold: string): boolean {
  const t = loose(text);
  const g = loose(gold);
  if (!g) return false;
  if (t.includes(g)) return true;
  return longestCommonSubstring(t, g) >= 0.5 * g.length;
}

// ---------------------------------------------------------------------------------------------
// Actor names

const NAME_STOPWORDS = new Set(
  "the of and de del della di da do dos das du des la le les el los las der die das den dem von und et e y il lo gli al".split(
    " ",
  ),
);
const NAME_ALIASES: Record<string, string> = {
  us: "united states",
  usa: "united states",
  "u s": "united states",
  "u s a": "united states",
  "etats unis": "united states",
  "estados unidos": "united states",
  "stati uniti": "united states",
  uk: "united kingdom",
  britain: "united kingdom",
  eu: "european union",
  ue: "european union",
  un: "united nations",
  onu: "united nations",
  uno: "united nations",
};

function nameTokens(name: string): string[] {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const expanded = NAME_ALIASES[base] ?? base;
  const out: string[] = [];
  for (const t of expanded.split(" ")) {
    if (!t || NAME_STOPWORDS.has(t)) continue;
    const alias = NAME_ALIASES[t];
    if (alias) out.push(...alias.split(" "));
    else out.push(t);
  }
  return out;
}

// The gazetteer entries a name stands for, in any language: "Russie", "Rusia", "Moscú" and
// "Russia" are one actor, as the gold's "named as in the text" means them to be.
function gazetteerKeys(name: string): Set<string> {
  return new Set(findActors(name).map((m) => m.key));
}

// An acronym as a name: two to six capitals, dots allowed ("OMS", "HTS", "U.N.").
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/**
 * The acronyms a name defines or spells: one in parentheses ("Organización Mundial de la Salud
 * (OMS)") and the first capital of each word that has one ("Supremo Tribunal Federal" is STF,
 * "Hay'at Tahrir al-Sham" is HTS).
 */
function acronymsOf(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.matchAll(/\((\p{Lu}[\p{Lu}\p{N}]{1,5})\)/gu)) out.add(m[1] as string);
  const bare = name.replace(/\([^)]*\)/g, " ");
  const initials = bare
    .split(/\s+/)
    .map((w) => /\p{Lu}/u.exec(w)?.[0] ?? "")
    .join("");
  if (initials.length >= 2) out.add(initials);
  return out;
}

/** True when one name is an acronym the other defines or spells. */
function acronymMatch(a: string, b: string): boolean {
  const short = (s: string) => s.trim().replace(/\./g, "");
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (ACRONYM.test(x.trim()) && acronymsOf(y).has(short(x))) return true;
  }
  return false;
}

/**
 * Loose name match: the names share a word of 3+ letters (after aliases such as US, EU, UN), or
 * both name the same gazetteer entry (its names, aliases, demonyms and capital in every language),
 * or one is the acronym the other defines or spells ("OMS" for "Organización Mundial de la Salud").
 */
export function namesMatch(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = new Set(nameTokens(b));
  if (ta.some((t) => t.length >= 3 && tb.has(t))) return true;
  if (acronymMatch(a, b)) return true;
  const ka = gazetteerKeys(a);
  if (ka.size === 0) return false;
  for (const k of gazetteerKeys(b)) if (ka.has(k)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Line mapping

interface LineMap {
  /** 1-based line numbers the system kept. */
  kept: Set<number>;
  /** 1-based non-empty line numbers the system did not keep. */
  removed: Set<number>;
  /** For each kept paragraph index, the lines it came from. */
  paragraphLines: Map<number, number[]>;
}

/** The text a line should read once repaired: the source page's line for made copies. */
function expectedLines(page: CorpusPage): string[] {
  if (page.source && page.source.lines.length === page.lines.length) return page.source.lines;
  const fixes = page.gold.encoding.fixes;
  if (fixes.length === 0) return page.lines;
  return page.lines.map((l) => fixes.reduce((s, f) => s.split(f.damaged).join(f.fixed), l));
}

function related(line: string, para: string): boolean {
  if (!line || !para) return false;
  if (line === para) return true;
  if (line.length >= 12 && para.includes(line)) return true;
  if (para.length >= 12 && line.includes(para)) return true;
  return false;
}

/** Maps the kept paragraphs back to input lines: by block index, else by text. */
function mapLines(page: CorpusPage, result: IngestResult): LineMap {
  const expected = expectedLines(page).map(loose);
  const raw = page.lines.map(loose);
  const nonEmpty: number[] = [];
  page.lines.forEach((l, i) => {
    if (l.trim()) nonEmpty.push(i + 1);
  });
  const kept = new Set<number>();
  const paragraphLines = new Map<number, number[]>();
  const textOf = (n: number) => [expected[n - 1] ?? "", raw[n - 1] ?? ""];
  for (const p of result.paragraphs) {
    const pt = loose(p.text);
    const byBlock = nonEmpty[p.block];
    let lines: number[] = [];
    if (byBlock !== undefined && textOf(byBlock).some((t) => related(t, pt))) lines = [byBlock];
    else lines = nonEmpty.filter((n) => textOf(n).some((t) => related(t, pt)));
    // A paragraph made of several lines (an embed merged with its attribution, say).
    for (const n of nonEmpty) {
      if (lines.includes(n)) continue;
      const [e] = textOf(n);
      if (e && e.length >= 12 && pt.length > e.length && pt.includes(e)) lines.push(n);
    }
    for (const n of lines) kept.add(n);
    paragraphLines.set(p.index, lines);
  }
  const removed = new Set(nonEmpty.filter((n) => !kept.has(n)));
  return { kept, removed, paragraphLines };
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** Runs ingest on a page; null when it throws. */
function run(page: CorpusPage): { result: IngestResult | null; error: string | null } {
  try {
    return { result: ingest({ text: page.text, url: page.gold.url }), error: null };
  } catch (e) {
    return { result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The language the system reports, read defensively (`result.language` may not exist yet). */
function reportedLanguage(result: IngestResult): string | null {
  const v = (result as unknown as { language?: unknown }).language;
  if (typeof v === "string" && v) return v.split(/[-_]/)[0]?.toLowerCase() ?? null;
  if (v && typeof v === "object" && "code" in v && typeof v.code === "string")
    return v.code.split(/[-_]/)[0]?.toLowerCase() ?? null;
  return null;
}

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Scores one page. `results` caches ingest results by slug (made copies need their source's). */
export function scorePage(
  page: CorpusPage,
  results: Map<string, { result: IngestResult | null; error: string | null }> = new Map(),
): PageScore {
  const get = (p: CorpusPage) => {
    let r = results.get(p.slug);
    if (!r) {
      r = run(p);
      results.set(p.slug, r);
    }
    return r;
  };
  const gold = page.gold;
  const counts = emptyCounts();
  const misses: string[] = [];
  const { result, error } = get(page);
  const add = (m: MetricName, ok: boolean, miss?: string) => {
    counts[m].den++;
    if (ok) counts[m].num++;
    else if (miss) misses.push(`${m}: ${miss}`);
  };

  const postLines = new Set(gold.posts.flatMap((p) => p.lines));
  const bp = new Set(gold.boilerplate);
  const nonEmpty = page.lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
  const content = nonEmpty.filter((n) => !bp.has(n) && !postLines.has(n));
  const expected = expectedLines(page);

  if (!result) {
    // Everything the page could score counts as missed.
    for (const _ of bp) add("bpRecall", false);
    for (const _ of content) add("textKept", false);
    if (gold.encoding.damaged) add("encRepaired", false);
    else add("cleanUnchanged", false);
    add("language", false);
    for (const _ of gold.posts) add("postsFound", false);
    if (gold.mainEvent.dateInText && gold.mainEvent.date) add("dateExact", false);
    if (gold.mainEvent.initiator) add("actors", false);
    if (gold.mainEvent.target) add("actors", false);
    for (const _ of gold.claims) add("claimRecall", false);
    for (const _ of gold.hedged) add("hedgedNotAsserted", false);
    for (const _ of gold.opinions) add("opinionsNotAsserted", false);
    misses.push(`ingest threw: ${error}`);
    return pageScore(page, counts, misses, error);
  }

  const map = mapLines(page, result);
  const lineText = (n: number) => short((page.lines[n - 1] ?? "").trim(), 70);

  // Boilerplate.
  for (const n of bp) add("bpRecall", map.removed.has(n), `kept line ${n}: ${lineText(n)}`);
  for (const n of map.removed)
    add("bpPrecision", bp.has(n) || postLines.has(n), `removed content line ${n}: ${lineText(n)}`);

  // Gold text kept.
  const cleaned = loose(result.cleanedText);
  for (const n of content) {
    const want = loose(expected[n - 1] ?? "");
    add("textKept", cleaned.includes(want), `lost line ${n}: ${lineText(n)}`);
  }

  // Encoding.
  if (gold.origin.type === "made") {
    const source = page.source ? get(page.source).result : null;
    add(
      "encRepaired",
      source !== null && result.cleanedText === source.cleanedText,
      `not repaired to the source's text (${gold.origin.codepage})`,
    );
  } else if (gold.encoding.damaged) {
    const all = [result.cleanedText, ...result.removed.map((r) => r.text)].join("\n");
    const bad = gold.encoding.fixes.filter(
      (f) => !all.includes(f.fixed) || all.includes(f.damaged),
    );
    add(
      "encRepaired",
      bad.length === 0,
      `unrepaired: ${bad.map((f) => JSON.stringify(f.damaged)).join(", ")}`,
    );
  } else {
    add(
      "cleanUnchanged",
      result.repairs.length === 0,
      `clean page changed: ${result.repairs.map((r) => `${r.from}->${r.to} (${r.rule})`).join(", ")}`,
    );
  }

  // Language.
  const lang = reportedLanguage(result);
  add("language", lang === gold.language, `language ${lang ?? "missing"} != ${gold.language}`);

  // Embedded posts.
  const postMatched = new Set<number>();
  for (const gp of gold.posts) {
    const goldText = loose(gp.lines.map((n) => page.lines[n - 1] ?? "").join(" "));
    const hit = result.embeddedPosts.findIndex((e) => {
      if (gp.handle && e.handle && gp.handle.toLowerCase() === e.handle.toLowerCase()) return true;
      const lines = map.paragraphLines.get(e.paragraphIndex) ?? [];
      if (lines.some((n) => gp.lines.includes(n))) return true;
      const t = loose(e.text);
      return t.length >= 10 && goldText.includes(t);
    });
    if (hit >= 0) postMatched.add(hit);
    add("postsFound", hit >= 0, `missed ${gp.network} post ${gp.handle ?? ""} (lines ${gp.lines})`);
  }
  result.embeddedPosts.forEach((e, i) => {
    add("postsPrecision", postMatched.has(i), `not a gold post: ${short(e.text, 60)}`);
  });

  // Main event.
  const me = gold.mainEvent;
  if (me.dateInText && me.date) {
    // Read defensively: the date may become a plain string while ingest is being rewritten.
    const raw = result.mainEvent?.date as unknown;
    const got =
      typeof raw === "string"
        ? raw
        : ((raw as { value?: string } | null | undefined)?.value ?? null);
    add("dateExact", got === me.date, `date ${got ?? "null"} != ${me.date}`);
  }
  const actorsOf = (role: "initiator" | "target") =>
    (result.mainEvent?.actors ?? []).filter((a) => a.role === role).map((a) => a.name);
  for (const role of ["initiator", "target"] as const) {
    const want = me[role];
    if (!want) continue;
    const got = actorsOf(role);
    add(
      "actors",
      got.some((g) => namesMatch(g, want)),
      `${role} ${JSON.stringify(got)} != ${JSON.stringify(want)}`,
    );
  }

  // Gold sentences quote the page as stored; on a page with real encoding damage the system's
  // sentences are repaired (when repair works), so a gold sentence matches in either form.
  const repaired = (g: string) =>
    gold.encoding.fixes.reduce((t, f) => t.split(f.damaged).join(f.fixed), g);
  const overlaps = (c: string, g: string) =>
    overlapsGold(c, g) || (gold.encoding.fixes.length > 0 && overlapsGold(c, repaired(g)));

  // Claims.
  const candidates = result.candidateClaims.map((c) => c.text);
  for (const g of gold.claims)
    add(
      "claimRecall",
      candidates.some((c) => overlaps(c, g)),
      `claim not found: ${short(g)}`,
    );
  const notClaims = [...gold.hedged, ...gold.opinions];
  // A made copy's gold is its encoding: it lists no claims (its source page does), so its
  // candidates cannot be judged and would all count as wrong.
  if (gold.origin.type === "real")
    for (const c of candidates) {
      const right =
        gold.claims.some((g) => overlaps(c, g)) && !notClaims.some((g) => overlaps(c, g));
      add("claimPrecision", right, `not a gold claim: ${short(c)}`);
    }

  // Modality.
  const sentenceFor = (g: string) => {
    let best: { modality: string; score: number } | null = null;
    for (const form of gold.encoding.fixes.length > 0 ? [g, repaired(g)] : [g]) {
      const lg = loose(form);
      for (const s of result.sentences) {
        const t = loose(s.text);
        const score = t.includes(lg) ? lg.length : longestCommonSubstring(t, lg);
        if (score >= 0.5 * lg.length && (!best || score > best.score))
          best = { modality: s.modality, score };
      }
    }
    return best;
  };
  for (const [metric, list] of [
    ["hedgedNotAsserted", gold.hedged],
    ["opinionsNotAsserted", gold.opinions],
  ] as const) {
    for (const g of list) {
      const s = sentenceFor(g);
      add(
        metric,
        s !== null && s.modality !== "assertion",
        s ? `asserted: ${short(g)}` : `sentence not found: ${short(g)}`,
      );
    }
  }
  return pageScore(page, counts, misses, null);
}

function pageScore(
  page: CorpusPage,
  counts: Counts,
  misses: string[],
  error: string | null,
): PageScore {
  return {
    slug: page.slug,
    language: page.gold.language,
    split: page.gold.split,
    kind: page.gold.kind,
    origin: page.gold.origin.type,
    counts,
    misses,
    error,
  };
}

function addInto(group: GroupScore, s: PageScore) {
  group.pages++;
  for (const m of METRIC_NAMES) {
    group.counts[m].num += s.counts[m].num;
    group.counts[m].den += s.counts[m].den;
  }
}

/** Scores every page and sums the counts per split (dev, test, all) and language (and all). */
export function scoreCorpus(pages: CorpusPage[]): CorpusScore {
  const results = new Map<string, { result: IngestResult | null; error: string | null }>();
  const scores = pages.map((p) => scorePage(p, results));
  const groups: CorpusScore["groups"] = { dev: {}, test: {}, all: {} };
  for (const s of scores) {
    for (const split of [s.split, "all"] as const) {
      for (const lang of [s.language, "all"]) {
        const g = groups[split];
        g[lang] ??= { pages: 0, counts: emptyCounts() };
        addInto(g[lang] as GroupScore, s);
      }
    }
  }
  return { pages: scores, groups };
}
