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

/** Splits HTML into blocks and picks up <title>, og:*, canonical link and tweet embeds. */
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
  // Tweet embed state: depth of the twitter-tweet blockquote, its links, its index.
  let tweetDepth = 0;
  let tweetIndex = -1;
  let tweetLinks: string[] = [];
  let embedCount = 0;
  let inTweetParagraph = false;
  let anchorHref: string | null = null;
  const stack: string[] = [];

  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) {
      const block: RawBlock = { text };
      if (tweetDepth > 0) {
        block.kind = inTweetParagraph ? "embed" : "attribution";
        block.embed = tweetIndex;
        block.links = [...tweetLinks];
      } else if (currentKind) block.kind = currentKind;
      blocks.push(block);
    }
    current = "";
    currentKind = undefined;
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
        if (SKIP.has(name) || skipDepth > 0) {
          // htmlparser2 closes void elements too, so the depth stays balanced.
          skipDepth++;
          return;
        }
        if (name === "blockquote" && /\btwitter-tweet\b/.test(attrs.class ?? "")) {
          flush();
          tweetDepth = stack.length;
          tweetIndex = embedCount++;
          tweetLinks = [];
          return;
        }
        if (tweetDepth > 0 && name === "p") {
          flush();
          inTweetParagraph = true;
          return;
        }
        if (name === "a" && tweetDepth > 0) anchorHref = attrs.href ?? null;
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
        if (name === "a" && tweetDepth > 0) {
          if (anchorHref) tweetLinks.push(anchorHref);
          anchorHref = null;
        }
        if (tweetDepth > 0 && name === "p" && inTweetParagraph) {
          flush();
          inTweetParagraph = false;
          return;
        }
        if (tweetDepth > 0 && name === "blockquote" && stack.length < tweetDepth) {
          flush();
          tweetDepth = 0;
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
