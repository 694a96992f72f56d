// Embedded social posts. On a copied page a tweet embed survives as its text followed by an
// attribution line, "— Display Name (@handle) July 4, 2025"; in HTML it is a
// <blockquote class="twitter-tweet">. Either way the post becomes its own `social_post` source.
import type { CleanedParagraph, EmbeddedPost } from "@factline/domain";
import type { TypedBlock } from "./boilerplate";
import { findDates } from "./dates";

/** "— Legitimate Targets (@LegitTargets) July 4, 2025" */
export const ATTRIBUTION = /^[—–―-]\s*(.+?)\s*\((@[A-Za-z0-9_]{1,15})\)\s*(.*)$/u;

const LINK =
  /(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+|https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d+\S*/gi;
const STATUS = /https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d+/i;

/** Marks tweet text + attribution pairs in plain-text blocks (HTML arrives already marked). */
export function markEmbeds(blocks: TypedBlock[]): TypedBlock[] {
  const out = blocks.map((b) => ({ ...b }));
  let next = Math.max(-1, ...out.map((b) => b.embed ?? -1)) + 1;
  for (let i = 1; i < out.length; i++) {
    const b = out[i] as TypedBlock;
    if (b.embed !== undefined || !ATTRIBUTION.test(b.text)) continue;
    const prev = out[i - 1] as TypedBlock;
    if (prev.embed !== undefined) continue;
    prev.kind = "embed";
    prev.embed = next;
    b.kind = "attribution";
    b.embed = next;
    next++;
  }
  return out;
}

/** Builds the embedded posts from the kept paragraphs and the blocks they came from. */
export function extractEmbeddedPosts(
  paragraphs: CleanedParagraph[],
  kept: TypedBlock[],
): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  const byEmbed = new Map<number, { body?: number; attribution?: number }>();
  kept.forEach((b, i) => {
    if (b.embed === undefined) return;
    const e = byEmbed.get(b.embed) ?? {};
    if (b.kind === "embed" && e.body === undefined) e.body = i;
    if (b.kind === "attribution" && e.attribution === undefined) e.attribution = i;
    byEmbed.set(b.embed, e);
  });
  for (const [, e] of [...byEmbed.entries()].sort((a, b) => a[0] - b[0])) {
    if (e.body === undefined) continue;
    const para = paragraphs[e.body] as CleanedParagraph;
    const block = kept[e.body] as TypedBlock;
    const attrBlock = e.attribution !== undefined ? (kept[e.attribution] as TypedBlock) : undefined;
    const attr = attrBlock ? ATTRIBUTION.exec(attrBlock.text) : null;
    const links = [
      ...new Set([
        ...[...para.text.matchAll(LINK)].map((m) => m[0]),
        ...(block.links ?? []),
        ...(attrBlock?.links ?? []),
      ]),
    ];
    const statusUrl = links.map((l) => STATUS.exec(l)?.[0]).find(Boolean) ?? null;
    const text = para.text.replace(LINK, "").replace(/\s+/g, " ").trim();
    const dates = attr ? findDates(attr[3] ?? "", null) : [];
    const date = dates.find((d) => d.date.precision === "day")?.date ?? dates[0]?.date ?? null;
    const handle = attr?.[2] ?? null;
    const displayName = attr?.[1]?.trim() || null;
    const platform =
      links.some((l) => /twitter|x\.com|t\.co/i.test(l)) || attrBlock ? "twitter" : "other";
    posts.push({
      index: posts.length,
      platform,
      text,
      displayName,
      handle,
      date,
      links,
      statusUrl,
      start: para.start,
      end: para.end,
      paragraphIndex: para.index,
      source: {
        kind: "social_post",
        title: text.length > 200 ? `${text.slice(0, 199)}…` : text,
        author: handle ?? displayName,
        publisher: platform === "twitter" ? "X (Twitter)" : null,
        url: statusUrl,
        publishedDate: date,
        text,
        embeddedIn: "article",
      },
    });
  }
  return posts;
}
