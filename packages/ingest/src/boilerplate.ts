// Boilerplate removal. Each rule is data (a pattern and the reason it stands for) so the reason
// an editor sees is the rule that fired. Rules are anchored on whole short blocks: a sentence
// that merely mentions "subscribe" inside real reporting is never removed.
import type { RemovalReason, RemovedBlock } from "@factline/domain";
import type { BlockKind, RawBlock } from "./html";
import { STOPWORDS, stripUrls, words } from "./tokens";

type Rule = { reason: RemovalReason; rule: string; pattern: RegExp; maxWords: number };

/** Line-level rules, checked in order. `maxWords` keeps them off real paragraphs. */
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

function isSeoKeywordLine(text: string): boolean {
  if (/[.!?:;"”]$/.test(text)) return false;
  const items = text.split(/\s*[,|]\s*/).filter(Boolean);
  if (items.length < 3) return false;
  if (items.some((item) => item.split(/\s+/).length > 6)) return false;
  const ws = words(text);
  // Keyword lists are noun phrases: almost no function words.
  const fn = ws.filter((w) => STOPWORDS.has(w)).length;
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

/** A block with its kind, as boilerplate sees it. */
export type TypedBlock = RawBlock & { kind: BlockKind; block: number };

/** Splits blocks into kept paragraphs and removed boilerplate (with reasons). */
export function removeBoilerplate(blocks: TypedBlock[]): {
  kept: TypedBlock[];
  removed: RemovedBlock[];
} {
  const kept: TypedBlock[] = [];
  const removed: RemovedBlock[] = [];
  const keys: { key: string; set: Set<string>; heading: boolean }[] = [];
  const exactIndex = new Map<string, number>();
  const remove = (
    b: TypedBlock,
    reason: RemovalReason,
    rule: string,
    duplicateOf: number | null = null,
  ) => removed.push({ text: b.text, reason, block: b.block, rule, duplicateOf });

  for (const b of blocks) {
    const n = b.text.split(/\s+/).length;
    if (SEPARATOR.test(b.text)) {
      remove(b, "separator", "separator:line of dashes or symbols");
      continue;
    }
    // Embeds are content even when they start like a call to action ("BREAKING: Watch…").
    const hit =
      b.kind === "embed" || b.kind === "attribution"
        ? undefined
        : BOILERPLATE_RULES.find((r) => n <= r.maxWords && r.pattern.test(b.text));
    if (hit) {
      remove(b, hit.reason, hit.rule);
      continue;
    }
    if (b.kind !== "embed" && isSeoKeywordLine(b.text)) {
      remove(b, "seo_keywords", "seo:comma-separated keyword phrases");
      continue;
    }
    const key = duplicateKey(b.text);
    const set = tokenSet(key);
    const heading = b.kind === "title" || b.kind === "heading";
    // Short repeated headings ("Conclusion") are structure, not boilerplate.
    if (set.size >= 4 && b.kind !== "attribution") {
      const exact = exactIndex.get(key) ?? -1;
      let near = exact;
      // Exact repeats are found anywhere; near-duplicates within the last NEAR_WINDOW kept
      // blocks, where pages repeat themselves (a quote under its embed, a recap paragraph), so
      // a long article does not cost quadratic time.
      for (let k = keys.length - 1; near < 0 && k >= Math.max(0, keys.length - NEAR_WINDOW); k--) {
        if (nearDuplicate(set, (keys[k] as (typeof keys)[number]).set)) near = k;
      }
      if (near >= 0) {
        const prior = keys[near] as (typeof keys)[number];
        if (heading && prior.heading) {
          remove(
            b,
            "repeated_headline",
            exact >= 0 ? "duplicate:same headline" : "duplicate:near-identical headline",
            near,
          );
        } else {
          remove(
            b,
            "duplicate_paragraph",
            exact >= 0 ? "duplicate:exact" : "duplicate:near-duplicate",
            near,
          );
        }
        continue;
      }
    }
    if (!exactIndex.has(key)) exactIndex.set(key, keys.length);
    keys.push({ key, set, heading });
    kept.push(b);
  }
  return { kept, removed };
}
