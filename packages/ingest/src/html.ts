// HTML to text blocks. htmlparser2's streaming parser is small, has no DOM, and runs the same in
// Workers and Node; we only need block boundaries, a few meta tags and tweet embeds.
import { Parser } from "htmlparser2";

/** What an input block looks like before cleaning. */
export type BlockKind = "title" | "heading" | "paragraph" | "list_item" | "embed" | "attribution";

/** One block of input: a line of text, or a block element of HTML. */
export type RawBlock = {
  text: string;
  /** A hint from the markup; text input gets its kinds from the layout rules in `blocks.ts`. */
  kind?: BlockKind;
  /** For blocks inside a tweet embed: links the markup carried (hrefs are lost in text). */
  links?: string[];
  /** Index of the embed the block belongs to, for HTML twitter-tweet blockquotes. */
  embed?: number;
  /** For text input: the 1-based line of the input the block is. */
  line?: number;
  /** For embeds: the network the markup names. */
  network?: string;
};

/** Metadata a page declares about itself. */
export type HtmlMeta = {
  title: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  description: string | null;
  publishedTime: string | null;
  language: string | null;
};

export type ParsedHtml = { blocks: RawBlock[]; meta: HtmlMeta };

// Content inside these never belongs to the article body.
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "footer",
  "aside",
  "form",
  "iframe",
  "button",
  "select",
  "head",
]);

const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "blockquote",
  "figcaption",
  "pre",
  "ul",
  "ol",
  "li",
  "table",
  "tr",
  "td",
  "th",
  "dd",
  "dt",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

// Embed markup of each network: the blockquote classes their embed scripts look for.
const EMBED_CLASSES: [RegExp, string][] = [
  [/\btwitter-(?:tweet|video)\b/, "twitter"],
  [/\binstagram-media\b/, "instagram"],
  [/\bbluesky-embed\b/, "bluesky"],
  [/\bmastodon-embed\b/, "mastodon"],
  [/\btiktok-embed\b/, "tiktok"],
  [/\btext-post-media\b|\bthreads-embed\b/, "threads"],
  [/\bfb-(?:post|video|xfbml-parse-ignore)\b/, "facebook"],
  [/\btelegram-post\b/, "telegram"],
];

// Iframes and widget scripts that stand for a post: the network and the post's address.
const EMBED_SOURCES: [RegExp, string][] = [
  [/(?:youtube(?:-nocookie)?\.com\/embed\/|youtu\.be\/)/i, "youtube"],
  [/platform\.twitter\.com\/embed|twitter\.com\/\w+\/status/i, "twitter"],
  [/instagram\.com\/(?:p|reel|tv)\//i, "instagram"],
  [/facebook\.com\/plugins\/(?:post|video)\.php/i, "facebook"],
  [/tiktok\.com\/(?:embed|@)/i, "tiktok"],
  [/embed\.bsky\.app|bsky\.app\/profile/i, "bluesky"],
  [/t\.me\/\w+\/\d+/i, "telegram"],
  [/threads\.(?:net|com)\/@/i, "threads"],
  [/\/@\w+\/\d+\/embed/i, "mastodon"],
];

// Readability's first pass: containers whose class or id says they are not the article
// (comments, related links, share bars, sidebars, cookie and newsletter boxes) are dropped with
// their content, unless the name also says article/content/main. "header" and "social" are left
// out of Readability's list: article headers hold the h1, and social wrappers hold the embeds.
const UNLIKELY =
  /-ad-|\bads?\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|footer|gdpr|legends|menu|newsletter|outbrain|pager|pagination|paywall|popup|promo|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|sponsor|subscribe|supplemental|taboola|yom-remote|modal/i;
const MAYBE_CANDIDATE =
  /and|article|body|column|content|main|mathjax|shadow|story|post-body|entry/i;

/** Splits HTML into blocks and picks up <title>, og:*, canonical link and post embeds. */
export function parseHtml(html: string): ParsedHtml {
  const blocks: RawBlock[] = [];
  const meta: HtmlMeta = {
    title: null,
    canonicalUrl: null,
    siteName: null,
    description: null,
    publishedTime: null,
    language: null,
  };
  let ogTitle: string | null = null;
  let ogUrl: string | null = null;
  let titleText = "";
  let inTitle = false;
  let skipDepth = 0;
  let current = "";
  let currentKind: BlockKind | undefined;
  // Embed state: depth of the embed's blockquote, its network, links and index.
  let embedDepth = 0;
  let embedIndex = -1;
  let embedNetwork = "";
  let embedLinks: string[] = [];
  let embedCount = 0;
  let inEmbedParagraph = false;
  let anchorHref: string | null = null;
  const stack: string[] = [];

  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) {
      const block: RawBlock = { text };
      if (embedDepth > 0) {
        // In a tweet, the <p> is the post and the rest its attribution; other networks put
        // their caption line ("A post shared by …") in a <p> too, so it is told by its shape.
        const attribution =
          embedNetwork === "twitter"
            ? !inEmbedParagraph
            : /^[—–―-]\s*.+\(@|^(?:a post shared by|una publicaci|uma publica|une publication|ein beitrag|un post condiviso)/i.test(
                text,
              );
        block.kind = attribution ? "attribution" : "embed";
        block.embed = embedIndex;
        block.links = [...embedLinks];
        block.network = embedNetwork;
      } else if (currentKind) block.kind = currentKind;
      blocks.push(block);
    }
    current = "";
    currentKind = undefined;
  };

  const embedSource = (name: string, attrs: Record<string, string>) => {
    const src =
      name === "iframe"
        ? (attrs.src ?? attrs["data-src"] ?? "")
        : name === "script" && attrs["data-telegram-post"]
          ? `https://t.me/${attrs["data-telegram-post"]}`
          : "";
    if (!src) return;
    const hit = EMBED_SOURCES.find(([re]) => re.test(src));
    if (!hit) return;
    flush();
    let url = src.startsWith("//") ? `https:${src}` : src;
    // Facebook's plugin carries the post's own address in `href`.
    const inner = /[?&]href=([^&]+)/.exec(url);
    if (hit[1] === "facebook" && inner) url = decodeURIComponent(inner[1] as string);
    // Mastodon's iframe shows the post's /embed page; the post itself is the address before it.
    if (hit[1] === "mastodon") url = url.replace(/\/embed\/?(?:[?#].*)?$/, "");
    blocks.push({ text: url, kind: "embed", embed: embedCount++, links: [url], network: hit[1] });
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (name === "title") inTitle = true;
        if (name === "html" && attrs.lang) meta.language = attrs.lang;
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? "").toLowerCase();
          const content = attrs.content?.trim();
          if (content) {
            if (key === "og:title") ogTitle = content;
            else if (key === "og:site_name") meta.siteName = content;
            else if (key === "og:description" || (key === "description" && !meta.description))
              meta.description = content;
            else if (key === "og:url") ogUrl = content;
            else if (key === "article:published_time" || key === "datepublished")
              meta.publishedTime = content;
          }
        }
        if (name === "link" && (attrs.rel ?? "").toLowerCase().split(/\s+/).includes("canonical")) {
          if (attrs.href) meta.canonicalUrl = attrs.href;
        }
        if (skipDepth === 0 && (name === "iframe" || name === "script")) embedSource(name, attrs);
        const classId = `${attrs.class ?? ""} ${attrs.id ?? ""}`;
        const embedClass =
          skipDepth === 0 && embedDepth === 0 && (name === "blockquote" || name === "div")
            ? EMBED_CLASSES.find(([re]) => re.test(attrs.class ?? ""))
            : undefined;
        if (
          SKIP.has(name) ||
          skipDepth > 0 ||
          (!embedClass &&
            embedDepth === 0 &&
            name !== "body" &&
            name !== "html" &&
            name !== "article" &&
            name !== "main" &&
            classId.length > 1 &&
            UNLIKELY.test(classId) &&
            !MAYBE_CANDIDATE.test(classId))
        ) {
          // htmlparser2 closes void elements too, so the depth stays balanced.
          skipDepth++;
          return;
        }
        if (embedClass) {
          flush();
          embedDepth = stack.length;
          embedIndex = embedCount++;
          embedNetwork = embedClass[1];
          embedLinks = [];
          for (const key of ["cite", "data-instgrm-permalink", "data-href", "data-embed-url"]) {
            const v = attrs[key];
            if (v && /^https?:/.test(v)) embedLinks.push(v);
          }
          return;
        }
        if (embedDepth > 0 && name === "p") {
          flush();
          inEmbedParagraph = true;
          return;
        }
        if (name === "a" && embedDepth > 0) anchorHref = attrs.href ?? null;
        if (BLOCK.has(name)) {
          flush();
          if (/^h[1-6]$/.test(name)) currentKind = "heading";
          else if (name === "li") currentKind = "list_item";
        }
      },
      ontext(text) {
        if (inTitle) titleText += text;
        if (skipDepth > 0) return;
        current += text;
      },
      onclosetag(name) {
        stack.pop();
        if (name === "title") inTitle = false;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === "a" && embedDepth > 0) {
          if (anchorHref) embedLinks.push(anchorHref);
          anchorHref = null;
        }
        if (embedDepth > 0 && name === "p" && inEmbedParagraph) {
          flush();
          inEmbedParagraph = false;
          return;
        }
        if (embedDepth > 0 && stack.length < embedDepth) {
          flush();
          embedDepth = 0;
          return;
        }
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  meta.title = ogTitle ?? (titleText.replace(/\s+/g, " ").trim() || null);
  meta.canonicalUrl = meta.canonicalUrl ?? ogUrl;
  return { blocks, meta };
}

/** True when the input looks like HTML rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(input);
}
