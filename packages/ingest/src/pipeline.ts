// ingest(): the whole pipeline, pure and deterministic. Nothing here reads the clock, the
// network or the file system, so it runs the same in a Worker, in Node and in tests.
import {
  type CleanedParagraph,
  type EncodingRepair,
  IngestInput,
  type IngestResult,
  type PartialDate,
  type SentenceAnalysis,
} from "@factline/domain";
import { createActorMatcher, defaultActorMatcher } from "./actors";
import { assignKinds, textToBlocks } from "./blocks";
import { removeBoilerplate, type TypedBlock } from "./boilerplate";
import { scoreSentence } from "./claims";
import { clusterClaims } from "./cluster";
import { articleDay, findDates } from "./dates";
import { extractEmbeddedPosts, markEmbeds } from "./embeds";
import { repairEncoding } from "./encoding";
import { findOtherEvents, suggestMainEvent } from "./events";
import { type HtmlMeta, parseHtml, type RawBlock } from "./html";
import { detectLanguage } from "./language";
import { detectModality } from "./modality";
import { findAnchorDay, findPageDate } from "./publication-date";
import { splitSentences } from "./sentences";
import { urlEvidence } from "./url";

const PARAGRAPH_SEPARATOR = "\n\n";

function mergeRepairs(all: EncodingRepair[]): EncodingRepair[] {
  const out = new Map<string, EncodingRepair>();
  for (const r of all) {
    const key = `${r.rule}\u0000${r.from}`;
    const seen = out.get(key);
    if (seen) seen.count += r.count;
    else out.set(key, { ...r });
  }
  return [...out.values()];
}

/** Ingests one article: text or HTML in, a typed `IngestResult` out. */
export function ingest(raw: IngestInput): IngestResult {
  const input = IngestInput.parse(raw);
  const format = input.html !== undefined ? "html" : "text";
  let meta: HtmlMeta | null = null;
  let blocks: RawBlock[];
  let repairs: EncodingRepair[];
  if (input.html !== undefined) {
    const parsed = parseHtml(input.html);
    meta = parsed.meta;
    const all: EncodingRepair[] = [];
    blocks = [];
    for (const b of parsed.blocks) {
      const r = repairEncoding(b.text);
      all.push(...r.repairs);
      if (r.text) blocks.push({ ...b, text: r.text });
    }
    repairs = mergeRepairs(all);
  } else {
    const raw = input.text ?? "";
    const r = repairEncoding(raw);
    repairs = r.repairs;
    blocks = textToBlocks(r.text);
    // Repair trims the text and keeps its line breaks, so a block's input line is its line in
    // the repaired text plus the blank lines trimmed from the top.
    const lead = (/^\s*/.exec(raw.replace(/\r\n?/g, "\n"))?.[0].match(/\n/g) ?? []).length;
    blocks.forEach((b) => {
      if (b.line !== undefined) b.line += lead;
    });
  }

  const language = detectLanguage(
    blocks
      .map((b) => b.text)
      .filter((t) => t.length >= 40)
      .sort((a, b) => b.length - a.length),
    meta?.language ?? null,
  );
  const typed: TypedBlock[] = markEmbeds(assignKinds(blocks).map((b, i) => ({ ...b, block: i })));
  const { kept, removed, headline } = removeBoilerplate(typed, language.code);
  // The headline the classifier found is the title, when layout alone named none (a dateline
  // or a section label above it).
  if (headline !== null && !kept.some((b) => b.kind === "title")) {
    const b = kept.find((k) => k.block === headline);
    if (b && b.kind !== "embed" && b.kind !== "attribution") b.kind = "title";
  }

  const paragraphs: CleanedParagraph[] = [];
  let cleanedText = "";
  kept.forEach((b, i) => {
    if (i > 0) cleanedText += PARAGRAPH_SEPARATOR;
    const start = cleanedText.length;
    cleanedText += b.text;
    paragraphs.push({
      index: i,
      text: b.text,
      start,
      end: cleanedText.length,
      kind: b.kind,
      block: b.block,
    });
  });

  const embeddedPosts = extractEmbeddedPosts(paragraphs, kept);

  let publishedDate: PartialDate | null = null;
  let publishedDateSource: IngestResult["article"]["publishedDateSource"] = null;
  if (input.publishedAt) {
    publishedDate = articleDay(input.publishedAt);
    if (publishedDate) publishedDateSource = "input";
  }
  if (!publishedDate && meta?.publishedTime) {
    publishedDate = articleDay(meta.publishedTime);
    if (publishedDate) publishedDateSource = "meta";
  }
  // The page's own date, looked for once (a day wins over the URL's; anything less after it).
  let page: ReturnType<typeof findPageDate> = null;
  if (!publishedDate) {
    page = findPageDate(
      blocks.map((b) => b.text),
      language.code,
    );
    if (page?.date.precision === "day") {
      publishedDate = page.date;
      publishedDateSource = "text";
    }
  }
  // The address is evidence too: a date in its path, its host as the publisher.
  const fromUrl = urlEvidence(meta?.canonicalUrl ?? input.url);
  if (!publishedDate && fromUrl.date?.precision === "day") {
    publishedDate = fromUrl.date;
    publishedDateSource = "url";
  }

  if (!publishedDate) {
    publishedDate = page?.date ?? null;
    if (publishedDate) publishedDateSource = "text";
  }
  // Relative dates need a day: without a publication date, the first full date near the top.
  const anchor =
    publishedDate?.precision === "day"
      ? publishedDate
      : (findAnchorDay(
          blocks.map((b) => b.text),
          language.code,
        ) ?? publishedDate);
  const matcher =
    input.knownActors.length > 0 ? createActorMatcher(input.knownActors) : defaultActorMatcher();
  const sentences: SentenceAnalysis[] = [];
  // "Today" in a quoted post means the day it was posted, not the day the article was.
  const postDay = new Map(
    embeddedPosts.filter((e) => e.date?.precision === "day").map((e) => [e.paragraphIndex, e.date]),
  );
  for (const p of paragraphs) {
    const reference = postDay.get(p.index) ?? anchor;
    for (const span of splitSentences(p.text, p.start)) {
      const { modality, cues } = detectModality(span.text, language.code);
      const dates = findDates(span.text, reference, language.code).map((d) => ({
        text: d.text,
        start: span.start + d.start,
        end: span.start + d.end,
        date: d.date,
        relative: d.relative,
      }));
      sentences.push({
        index: sentences.length,
        text: span.text,
        start: span.start,
        end: span.end,
        paragraphIndex: p.index,
        modality,
        modalityCues: cues,
        dates,
        actors: matcher.find(span.text, span.start, language.code),
      });
    }
  }

  const postByParagraph = new Map(embeddedPosts.map((e) => [e.paragraphIndex, e]));
  const scored = sentences.map((s) =>
    scoreSentence(
      s,
      paragraphs[s.paragraphIndex] as CleanedParagraph,
      postByParagraph.get(s.paragraphIndex),
      language.code,
    ),
  );
  const { claims, clusters } = clusterClaims(scored);
  const mainEvent = suggestMainEvent(clusters, claims, sentences, input.knownEvents, {
    published: publishedDate,
    lang: language.code,
  });
  const mainSentences = new Set(
    mainEvent
      ? claims.filter((c) => mainEvent.claimIds.includes(c.id)).map((c) => c.sentenceIndex)
      : [],
  );
  const otherEvents = findOtherEvents(sentences, mainEvent, mainSentences);

  const firstTitle = kept.find((b) => b.kind === "title")?.text ?? null;
  return {
    article: {
      title: meta?.title ?? firstTitle,
      url: meta?.canonicalUrl ?? urlEvidence(input.url).canonical ?? input.url ?? null,
      publisher: meta?.siteName ?? fromUrl.host,
      description: meta?.description ?? null,
      publishedDate,
      publishedDateSource,
      retrievedAt: input.retrievedAt ?? null,
      language: language.code,
      format,
    },
    language: language.code,
    languageDetection: language,
    cleanedText,
    paragraphs,
    removed,
    repairs,
    embeddedPosts,
    sentences,
    candidateClaims: claims,
    clusters,
    mainEvent,
    otherEvents,
  };
}
