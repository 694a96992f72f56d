// Near-duplicate clustering of candidate claims. News copy restates its one fact many ways
// ("Russia has formally recognized…", "The official recognition of … by Russia marks…"), so
// similarity is measured on stemmed content words, with synonyms folded (tokens.ts), and two
// statements with the same predicate about the same actors need less word overlap.
import type { CandidateClaim, ClaimCluster } from "@factline/domain";
import { CLAIM_THRESHOLD, type ScoredSentence, scoreInDocument } from "./claims";
import { contentStems } from "./tokens";

type Signature = {
  stems: Set<string>;
  actors: Set<string>;
  predicate: string | null;
  date: string | null;
};

const FLASH = /^(?:breaking|just in|update|exclusive|watch|developing)\s*:\s*/i;

function signature(s: ScoredSentence): Signature {
  return {
    stems: new Set(contentStems(s.sentence.text.replace(FLASH, ""))),
    actors: new Set(s.sentence.actors.map((a) => a.key)),
    predicate: s.predicate,
    date: s.sentence.dates[0]?.date.value ?? null,
  };
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Thresholds for "says the same thing". */
export const CLUSTER_THRESHOLDS = {
  jaccard: 0.6,
  containment: 0.85,
  samePredicateContainment: 0.8,
};

/** How many members two sets share. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** True when two statements say the same thing. */
export function sameStatement(a: Signature, b: Signature): boolean {
  const T = CLUSTER_THRESHOLDS;
  // jaccard() and containment() of tokens.ts, from one count of the shared stems.
  const inter = overlap(a.stems, b.stems);
  const union = a.stems.size + b.stems.size - inter;
  if (union > 0 && inter / union >= T.jaccard) return true;
  const minSize = Math.min(a.stems.size, b.stems.size);
  const c = minSize === 0 ? 0 : inter / minSize;
  if (minSize >= 4 && c >= T.containment && (a.actors.size === 0 || !disjoint(a.actors, b.actors)))
    return true;
  if (a.predicate === null || a.predicate !== b.predicate || !sameSet(a.actors, b.actors))
    return false;
  // Same event word, same actors and the same date ("the Taliban's return to power in August
  // 2021" / "the Taliban's takeover … in August 2021") state the same fact however they go on.
  if (a.actors.size >= 1 && a.date !== null && a.date === b.date && a.predicate !== "statement")
    return true;
  return a.actors.size >= 2 && c >= T.samePredicateContainment;
}

/**
 * The `n` stems seen in the fewest statements, rarest first, ties in string order: the head of
 * the sorted list, picked in one pass (a full sort per statement was most of the blocking cost).
 */
function rarest(stems: Set<string>, df: Map<string, number>, n: number): string[] {
  const top: string[] = [];
  const count: number[] = [];
  for (const t of stems) {
    const c = df.get(t) ?? 0;
    let k = top.length;
    while (
      k > 0 &&
      (c < (count[k - 1] as number) || (c === count[k - 1] && t < (top[k - 1] as string)))
    )
      k--;
    if (k >= n) continue;
    top.splice(k, 0, t);
    count.splice(k, 0, c);
    if (top.length > n) {
      top.pop();
      count.pop();
    }
  }
  return top;
}

/**
 * Blocking for the pairwise comparison: two statements are only compared when they share a
 * predicate and actor set, or one of their three rarest stems. Statements that say the same
 * thing share most of their stems, so they share a rare one; unrelated pairs are never scored,
 * which keeps long articles from costing quadratic time.
 */
function blockIndex(sigs: Signature[]) {
  const df = new Map<string, number>();
  for (const s of sigs) for (const t of s.stems) df.set(t, (df.get(t) ?? 0) + 1);
  // Per signature: its three rarest stems and its predicate-and-actors key, worked out once.
  const memo = new Map<Signature, { rare: string[]; predicate: string | null }>();
  const keysOf = (s: Signature) => {
    const seen = memo.get(s);
    if (seen) return seen;
    const rare = rarest(s.stems, df, 3);
    const predicate =
      s.predicate && s.actors.size >= 1 ? `${s.predicate}|${[...s.actors].sort().join(",")}` : null;
    const keys = { rare, predicate };
    memo.set(s, keys);
    return keys;
  };
  const byStem = new Map<string, number[]>();
  const byPredicate = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, i: number) => {
    const b = m.get(k);
    if (b) b.push(i);
    else m.set(k, [i]);
  };
  sigs.forEach((s, i) => {
    const k = keysOf(s);
    for (const t of k.rare) add(byStem, t, i);
    if (k.predicate) add(byPredicate, k.predicate, i);
  });
  return {
    neighbours(s: Signature): Set<number> {
      const out = new Set<number>();
      const k = keysOf(s);
      // A stem rare in the candidates may be absent from them for a non-candidate; look its
      // stems up directly too. Very common stems (over 400 statements) do not block.
      for (const t of k.rare) {
        const b = byStem.get(t);
        if (b && b.length <= 400) for (const i of b) out.add(i);
      }
      if (k.predicate) for (const i of byPredicate.get(k.predicate) ?? []) out.add(i);
      for (const t of s.stems) {
        const b = byStem.get(t);
        if (b && b.length <= 400) for (const i of b) out.add(i);
      }
      return out;
    },
  };
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** Picks candidate claims from scored sentences and groups near-duplicates. */
export function clusterClaims(scoredAlone: ScoredSentence[]): {
  claims: CandidateClaim[];
  clusters: ClaimCluster[];
} {
  const scored = scoreInDocument(scoredAlone);
  const eligible = scored.filter((s) => s.eligible);
  const sigs = new Map(eligible.map((s) => [s, signature(s)]));
  // A post's own sentence is never a candidate on its own; it joins the claim it restates.
  const candidates = eligible.filter((s) => s.standalone && s.score >= CLAIM_THRESHOLD);
  // Union-find over candidates (single link).
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const candSigs = candidates.map((c) => sigs.get(c) as Signature);
  const blocks = blockIndex(candSigs);
  for (let i = 0; i < candidates.length; i++) {
    for (const j of blocks.neighbours(candSigs[i] as Signature)) {
      if (j <= i) continue;
      if (sameStatement(candSigs[i] as Signature, candSigs[j] as Signature))
        parent[find(j)] = find(i);
    }
  }
  // Restatements that are not candidates themselves (an opinion framing of the same fact, a
  // post quoting it) still belong with the fact: they are more evidence for it, and one that
  // restates two candidates shows those two are one statement.
  const candidateSet = new Set(candidates);
  const restates = new Map<ScoredSentence, { first: number; all: number[] }>();
  for (const s of eligible) {
    if (candidateSet.has(s) || s.score < 0.1) continue;
    const sig = sigs.get(s) as Signature;
    const all = [...blocks.neighbours(sig)]
      .sort((a, b) => a - b)
      .filter((k) => sameStatement(sig, candSigs[k] as Signature));
    const first = all[0];
    if (first === undefined) continue;
    for (const k of all.slice(1)) parent[find(k)] = find(first);
    restates.set(s, { first, all });
  }
  const members = new Map<ScoredSentence, number>();
  for (const [i, c] of candidates.entries()) members.set(c, find(i));
  for (const [s, { first }] of restates) members.set(s, find(first));
  const chosen = eligible.filter((s) => members.has(s));
  const ids = new Map(chosen.map((s, i) => [s, `c${i + 1}`]));
  const groups = new Map<number, ScoredSentence[]>();
  for (const s of chosen) {
    const root = members.get(s) as number;
    const g = groups.get(root) ?? [];
    g.push(s);
    groups.set(root, g);
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      b.length - a.length ||
      Math.max(...b.map((s) => s.score)) - Math.max(...a.map((s) => s.score)) ||
      (a[0] as ScoredSentence).sentence.start - (b[0] as ScoredSentence).sentence.start,
  );
  const clusterOf = new Map<ScoredSentence, string>();
  const clusters: ClaimCluster[] = ordered.map((g, i) => {
    const id = `k${i + 1}`;
    for (const s of g) clusterOf.set(s, id);
    // A headline restates the lede in telegraphic form: the lede represents the statement.
    const telegraphic = (s: ScoredSentence) =>
      s.paragraph.kind === "title" || s.paragraph.kind === "heading" ? 1 : 0;
    const best = [...g].sort(
      (a, b) =>
        telegraphic(a) - telegraphic(b) || b.score - a.score || a.sentence.start - b.sentence.start,
    )[0] as ScoredSentence;
    const predicates = g.map((s) => s.predicate).filter((p): p is string => p !== null);
    const predicate = mostCommon(predicates);
    const actorKeys = [...new Set(g.flatMap((s) => s.sentence.actors.map((a) => a.key)))].sort();
    return {
      id,
      claimIds: g.map((s) => ids.get(s) as string),
      representativeClaimId: ids.get(best) as string,
      score: Math.max(...g.map((s) => s.score)),
      predicate,
      actorKeys,
    };
  });
  const claims: CandidateClaim[] = chosen.map((s) => {
    const features = [...s.features];
    const source = restates.get(s);
    if (source)
      features.push({
        name: `restates:${ids.get(candidates[source.first] as ScoredSentence)}`,
        weight: 0,
      });
    return {
      id: ids.get(s) as string,
      sentenceIndex: s.sentence.index,
      text: s.sentence.text,
      start: s.sentence.start,
      end: s.sentence.end,
      score: s.score,
      features,
      clusterId: clusterOf.get(s) as string,
      modality: s.sentence.modality,
      assertion: s.assertion,
      embeddedPostIndex: s.embeddedPostIndex,
    };
  });
  return { claims, clusters };
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n) {
      best = v;
      n = c;
    }
  }
  return best;
}
