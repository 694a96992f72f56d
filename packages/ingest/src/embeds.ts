// Embedded social posts, from every network, in the forms they survive in:
// - copied text: the post's text then an attribution line, "— Display Name (@handle) July 4,
//   2025" (X, Bluesky, Mastodon, Threads, Telegram embeds all end so), or the attribution glued
//   to the end of the post's own line; Instagram's "A post shared by Name (@handle)";
// - a post's text carrying its media link (pic.twitter.com/…, t.co/…) without any attribution;
// - a line that is only a post's address (instagram.com/p/…, youtu.be/…, t.me/channel/123,
//   twitter.com/user/status/1 without its scheme);
// - what copied embeds leave: Bluesky's "[image or embed]", "YouTube Video Link", an
//   attribution cut off where the excerpt ends;
// - HTML: twitter-tweet, instagram-media, bluesky-embed, mastodon-embed, tiktok-embed,
//   threads and Facebook blockquotes, Telegram widgets and embed iframes (marked in html.ts).
// Each post becomes its own `social_post` source; the post's own links stay out of its text.
import type { CleanedParagraph, EmbeddedPost } from "@factline/domain";
import type { TypedBlock } from "./boilerplate";
import { findDates } from "./dates";

type Platform = EmbeddedPost["platform"];

const HANDLE = String.raw`@[\p{L}\p{N}_.]{1,40}(?:@[\w-]+(?:\.[\w-]+)+)?`;

/** "— Legitimate Targets (@LegitTargets) July 4, 2025" as a line of its own. */
export const ATTRIBUTION = new RegExp(String.raw`^[—–―-]\s*(.+?)\s*\((${HANDLE})\)\s*(.*)$`, "u");

/** The same attribution closing the post's own line: "… pic.twitter.com/x — Name (@h) July 4, 2025". */
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`^(.*\S)\s+[—–―]\s*([^—–―()\n]{1,80}?)\s*\((${HANDLE})\)\s*([^()]{0,60})$`,
  "u",
);

/** Instagram's caption line, in the product's languages. */
const SHARED_BY =
  /^(?:a post shared by|una publicación compartida (?:de|por)|uma publica[çc][ãa]o compartilhada (?:por|de)|une publication partag[ée]e par|ein beitrag geteilt von|un post condiviso da)\s+(.+?)(?:\s*\((@[\w.]{1,40})\))?\s*(?:[•·|,-]\s*)?(.*)$/iu;

// A post's own links: media, short links and status addresses on every network.
const LINK =
  /(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+|https?:\/\/(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com|bsky\.app|instagram\.com|instagr\.am|t\.me|telegram\.me|youtube\.com|youtu\.be|facebook\.com|fb\.watch|tiktok\.com|vm\.tiktok\.com|threads\.net|threads\.com)\/\S+|https?:\/\/[\w.-]+\/@\w+\/\d+\S*/giu;

const STATUS: [Platform, RegExp][] = [
  ["twitter", /https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/\w+\/status(?:es)?\/\d+/i],
  ["bluesky", /https?:\/\/bsky\.app\/profile\/[\w.:-]+\/post\/\w+/i],
  [
    "instagram",
    /https?:\/\/(?:www\.)?(?:instagram\.com|instagr\.am)\/(?:[\w.]+\/)?(?:p|reel|tv)\/[\w-]+/i,
  ],
  ["telegram", /https?:\/\/(?:t|telegram)\.me\/(?:s\/)?\w+\/\d+/i],
  [
    "youtube",
    /https?:\/\/(?:(?:www\.|m\.)?youtube\.com\/(?:watch\?v=|shorts\/|embed\/)[\w-]+|youtu\.be\/[\w-]+)/i,
  ],
  [
    "facebook",
    /https?:\/\/(?:www\.|m\.)?(?:facebook\.com\/[^\s]+\/(?:posts|videos|photos)\/[^\s]+|facebook\.com\/(?:watch|permalink\.php|story\.php)[^\s]*|fb\.watch\/\w+)/i,
  ],
  ["tiktok", /https?:\/\/(?:www\.|vm\.)?tiktok\.com\/(?:@[\w.]+\/video\/\d+|\w+)/i],
  ["threads", /https?:\/\/(?:www\.)?threads\.(?:net|com)\/@[\w.]+\/post\/[\w-]+/i],
  ["mastodon", /https?:\/\/[\w.-]+\/@\w+\/\d+/i],
];

const HOSTS: [Platform, RegExp][] = [
  ["twitter", /pic\.twitter\.com|\bt\.co\/|twitter\.com|\bx\.com/i],
  ["bluesky", /bsky\.app|\.bsky\.social/i],
  ["instagram", /instagram\.com|instagr\.am/i],
  ["telegram", /\bt\.me\/|telegram\.me/i],
  ["youtube", /youtube\.com|youtu\.be/i],
  ["facebook", /facebook\.com|fb\.watch/i],
  ["tiktok", /tiktok\.com/i],
  ["threads", /threads\.(?:net|com)/i],
];

const PUBLISHER: Record<Platform, string | null> = {
  twitter: "X (Twitter)",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  telegram: "Telegram",
  instagram: "Instagram",
  youtube: "YouTube",
  facebook: "Facebook",
  tiktok: "TikTok",
  threads: "Threads",
  other: null,
};

/** The network a set of links, a handle or the markup names; `twitter` for the classic form. */
function platformOf(links: string[], handle: string | null, hint?: string): Platform {
  if (hint && hint in PUBLISHER) return hint as Platform;
  for (const [p, re] of STATUS) if (links.some((l) => re.test(l))) return p;
  for (const [p, re] of HOSTS) if (links.some((l) => re.test(l))) return p;
  if (handle && /^@[^@]+@/.test(handle)) return "mastodon";
  // Bluesky handles are domain names (@name.bsky.social, @example.com).
  if (handle && /\.[a-z]{2,}$/i.test(handle)) return "bluesky";
  return handle ? "twitter" : "other";
}

// A line that stands for an embed whose content did not survive the copy: Bluesky's embed code
// ends the post's text with "[image or embed]", and some sites leave "YouTube Video Link" where
// the player was.
const PLACEHOLDER: [Platform, RegExp][] = [
  ["bluesky", /^\[image or embed\]$/i],
  ["youtube", /^youtube video link$/i],
];

function placeholderOf(text: string): Platform | null {
  const t = text.trim();
  for (const [p, re] of PLACEHOLDER) if (re.test(t)) return p;
  return null;
}

/** A line that is only a post's address, with or without its scheme ("twitter.com/EPN/status/1"). */
function postUrlOnly(text: string): Platform | null {
  let t = text.trim();
  if (/\s/.test(t)) return null;
  if (!/^https?:\/\//i.test(t)) t = `https://${t}`;
  for (const [p, re] of STATUS) {
    const m = re.exec(t);
    if (m && m.index === 0) return p;
  }
  return null;
}

// Facebook's embedded-post fallback line: "Posted by Ministry of Defence on Friday, July 4, 2025".
// Only with a full date: "Posted by … on …" alone is also a blog's byline.
const POSTED_BY = /^posted by\s+(.+?)\s+on\s+(?:\p{L}+,\s+)?(\p{L}+\.?\s+\d{1,2},?\s+\d{4}.*)$/iu;

const MEDIA_LINK = /(?:^|\s)(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+/i;
const POSTISH = /(?:^|\s)[#@][\p{L}\p{N}_]{2,}|(?:pic\.twitter\.com|t\.co)\//u;

type Attribution = {
  displayName: string | null;
  handle: string | null;
  rest: string;
  platform?: Platform;
};

/** What an attribution block or a glued attribution says. */
function readAttribution(text: string): Attribution | null {
  const own = ATTRIBUTION.exec(text);
  if (own)
    return { displayName: own[1]?.trim() || null, handle: own[2] ?? null, rest: own[3] ?? "" };
  const ig = SHARED_BY.exec(text);
  if (ig)
    return {
      displayName: ig[1]?.trim() || null,
      handle: ig[2] ?? null,
      rest: ig[3] ?? "",
      platform: "instagram",
    };
  const fb = POSTED_BY.exec(text);
  if (fb)
    return {
      displayName: fb[1]?.trim() || null,
      handle: null,
      rest: fb[2] ?? "",
      platform: "facebook",
    };
  return null;
}

// A line that is itself some post's attribution or text cannot be another post's first line.
const claimed = (b: TypedBlock) =>
  readAttribution(b.text) !== null || (b.text.includes("(@") && TRAILING_ATTRIBUTION.test(b.text));

// A post's paragraph ends with an emoji or a flag more often than an article's does.
const EMOJI_END = /[\p{Extended_Pictographic}\p{Regional_Indicator}]\uFE0F?\s*$/u;
const postLike = (text: string) =>
  text.split(/\s+/).length <= 60 && (POSTISH.test(text) || EMOJI_END.test(text));

// An excerpt that ends inside an attribution: "— Carambar Offici", "— Jane Doe (@jan".
const CUT_ATTRIBUTION = /^[—–―]\s*[^\s()—–―][^()\n.!?…]{0,60}(?:\(@[\p{L}\p{N}_.]*)?$/u;

/**
 * The page's last line as a cut-off attribution, with the line above as its post. Only on a page
 * whose other posts end with full attributions, or when the cut falls inside the handle: a line
 * opening with a dash is also dialogue in French, Spanish, Italian or Russian prose.
 */
function markCutAttribution(out: TypedBlock[], id: number): void {
  const i = out.length - 1;
  const last = out[i];
  const above = out[i - 1];
  if (!last || !above || last.embed !== undefined || above.embed !== undefined) return;
  if (!CUT_ATTRIBUTION.test(last.text.trim())) return;
  const full = out.filter((b) => b.kind === "attribution" && ATTRIBUTION.test(b.text));
  if (full.length === 0 && !last.text.includes("(@")) return;
  if (claimed(above) || above.text.split(/\s+/).length > 60) return;
  last.kind = "attribution";
  last.embed = id;
  above.kind = "embed";
  above.embed = id;
  // The network of the page's other posts (no handle survives here to tell it).
  const sibling = full.length > 0 ? readAttribution((full[0] as TypedBlock).text) : null;
  above.network ??= platformOf([], sibling?.handle ?? null);
}

/** Marks posts in plain-text blocks (HTML arrives with its embeds marked). */
export function markEmbeds(blocks: TypedBlock[]): TypedBlock[] {
  const out = blocks.map((b) => ({ ...b }));
  let next = Math.max(-1, ...out.map((b) => b.embed ?? -1)) + 1;
  const free = (i: number) =>
    i >= 0 && i < out.length && (out[i] as TypedBlock).embed === undefined;
  for (let i = 0; i < out.length; i++) {
    const b = out[i] as TypedBlock;
    if (b.embed !== undefined) continue;
    if (ATTRIBUTION.test(b.text) || SHARED_BY.test(b.text) || POSTED_BY.test(b.text)) {
      b.kind = "attribution";
      b.embed = next;
      // The post's text: the line above, and up to two more above it that read like a post
      // (hashtags, mentions, media links) rather than like the article.
      if (free(i - 1) && !readAttribution((out[i - 1] as TypedBlock).text)) {
        let top = i - 1;
        const body = out[top] as TypedBlock;
        body.kind = "embed";
        body.embed = next;
        // Bluesky's "[image or embed]" stands between the post's text and its attribution.
        if (placeholderOf(body.text) && free(top - 1) && !claimed(out[top - 1] as TypedBlock)) {
          top--;
          (out[top] as TypedBlock).kind = "embed";
          (out[top] as TypedBlock).embed = next;
        }
        for (let k = top - 1; k >= Math.max(0, top - 2); k--) {
          const above = out[k] as TypedBlock;
          if (!free(k) || !POSTISH.test(above.text) || above.text.split(/\s+/).length > 60) break;
          above.kind = "embed";
          above.embed = next;
        }
      }
      next++;
    }
  }
  markCutAttribution(out, next++);
  // Then posts without an attribution line of their own.
  for (const [i, b] of out.entries()) {
    if (b.embed !== undefined) continue;
    // The pattern needs "(@": most blocks are skipped without running its backtracking.
    const glued = b.text.includes("(@") ? TRAILING_ATTRIBUTION.exec(b.text) : null;
    if (glued && /\d{4}|\d{1,2}:\d{2}/.test(glued[4] ?? "")) {
      b.kind = "embed";
      b.embed = next;
      // A post of two paragraphs: its first paragraph is the line above when that reads like a
      // post (a hashtag, a mention, an emoji at its end) rather than like the article.
      const above = out[i - 1];
      if (above && free(i - 1) && !claimed(above) && postLike(above.text)) {
        above.kind = "embed";
        above.embed = next;
      }
      next++;
      continue;
    }
    const placeholder = placeholderOf(b.text);
    if (placeholder) {
      b.kind = "embed";
      b.embed = next++;
      b.network ??= placeholder;
      continue;
    }
    // A post copied without its attribution still opens with its hashtag ("#Salvini …").
    const hashtagOpening =
      /^#[\p{L}\p{N}_]{2,}\s/u.test(b.text) &&
      b.text.split(/\s+/).length >= 8 &&
      /[.!?]/.test(b.text);
    if (postUrlOnly(b.text) || MEDIA_LINK.test(b.text) || hashtagOpening) {
      b.kind = "embed";
      b.embed = next++;
    }
  }
  return out;
}

/** Builds the embedded posts from the kept paragraphs and the blocks they came from. */
export function extractEmbeddedPosts(
  paragraphs: CleanedParagraph[],
  kept: TypedBlock[],
): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  const byEmbed = new Map<number, { body: number[]; attribution?: number }>();
  kept.forEach((b, i) => {
    if (b.embed === undefined) return;
    const e = byEmbed.get(b.embed) ?? { body: [] };
    if (b.kind === "attribution") {
      if (e.attribution === undefined) e.attribution = i;
    } else e.body.push(i);
    byEmbed.set(b.embed, e);
  });
  for (const [, e] of [...byEmbed.entries()].sort((a, b) => a[0] - b[0])) {
    // A post with only its attribution left (its text was the article's own line) still counts:
    // the attribution names who posted and when.
    const bodyIdx = e.body.length > 0 ? e.body : e.attribution !== undefined ? [e.attribution] : [];
    if (bodyIdx.length === 0) continue;
    const paras = bodyIdx.map((i) => paragraphs[i] as CleanedParagraph);
    const blocks = bodyIdx.map((i) => kept[i] as TypedBlock);
    const attrBlock = e.attribution !== undefined ? (kept[e.attribution] as TypedBlock) : undefined;
    let attr = attrBlock ? readAttribution(attrBlock.text) : null;
    // Placeholders ("[image or embed]") stand for the post; they are not its words.
    const bodyTexts = e.body.length > 0 ? paras.map((p) => p.text) : [];
    if (!attr && bodyTexts.length > 0) {
      // The attribution closes the post's last paragraph.
      const glued = TRAILING_ATTRIBUTION.exec(bodyTexts[bodyTexts.length - 1] as string);
      if (glued) {
        attr = {
          displayName: glued[2]?.trim() || null,
          handle: glued[3] ?? null,
          rest: glued[4] ?? "",
        };
        bodyTexts[bodyTexts.length - 1] = glued[1] ?? "";
      }
    }
    const bodyText = bodyTexts.filter((t) => !placeholderOf(t)).join("\n");
    // An address line without its scheme ("twitter.com/EPN/status/1") is the post's address.
    const bareAddresses = bodyTexts
      .map((t) => t.trim())
      .filter((t) => !/^https?:\/\//i.test(t) && postUrlOnly(t))
      .map((t) => `https://${t}`);
    const links = [
      ...new Set([
        ...bareAddresses,
        ...[...bodyText.matchAll(LINK)].map((m) => m[0]),
        ...blocks.flatMap((b) => b.links ?? []),
        ...(attrBlock ? [...attrBlock.text.matchAll(LINK)].map((m) => m[0]) : []),
        ...(attrBlock?.links ?? []),
      ]),
    ];
    const handle = attr?.handle ?? null;
    const platform = attr?.platform ?? platformOf(links, handle, blocks[0]?.network);
    // The post's address without tracking parameters (…/status/123?ref_src=twsrc).
    const statusUrl =
      links
        .map((l) => {
          for (const [, re] of STATUS) {
            const m = re.exec(l);
            if (m?.index === 0) return l.slice(0, m[0].length + (l[m[0].length] === "/" ? 1 : 0));
          }
          return null;
        })
        .find(Boolean) ?? null;
    const text = bodyText
      // A placeholder left at the end of the post's own line ("… guidelines: [image or embed]").
      .replace(/\s*\[image or embed\]\s*$/i, "")
      .replace(LINK, "")
      .replace(/\S+/g, (u) => (postUrlOnly(u) ? "" : u))
      .replace(/\s+/g, " ")
      .trim();
    const dates = attr ? findDates(attr.rest, null) : [];
    const date = dates.find((d) => d.date.precision === "day")?.date ?? dates[0]?.date ?? null;
    const displayName = attr?.displayName ?? null;
    const first = paras[0] as CleanedParagraph;
    const last = paras[paras.length - 1] as CleanedParagraph;
    posts.push({
      index: posts.length,
      platform,
      text,
      displayName,
      handle,
      date,
      links,
      statusUrl,
      start: first.start,
      end: last.end,
      paragraphIndex: first.index,
      source: {
        kind: "social_post",
        title:
          text.length > 200
            ? `${text.slice(0, 199)}…`
            : text || (handle ?? displayName ?? statusUrl ?? ""),
        author: handle ?? displayName,
        publisher: PUBLISHER[platform],
        url: statusUrl,
        publishedDate: date,
        text,
        embeddedIn: "article",
      },
    });
  }
  return posts;
}
