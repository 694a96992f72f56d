// Sentence splitting with Intl.Segmenter (built into V8, so nothing to bundle), then repairs for
// the places it splits wrongly in news copy: after abbreviations ("Aug.", "U.S.", "Dr.") and
// before a trailing bare link ("… AFGHANISTAN. pic.twitter.com/…").

/** A sentence span: `text === source.slice(start, end)`. */
export type SentenceSpan = { text: string; start: number; end: number };

// Abbreviations after which a period does not end a sentence (compared lowercase, without the
// final period).
const ABBREVIATIONS = new Set(
  (
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm sen rep gov pres st jr sr rev hon " +
    "inc corp ltd co no nos vol fig approx est dept univ vs etc al e.g i.e " +
    "u.s u.k u.n e.u u.s.a d.c " +
    // es, fr, pt, de, it: titles and abbreviations that take a period mid-sentence
    "sra srta dra lic ing m mme mlle mm me sres nr bzw z.b u.a d.h ggf vgl ca sig dott dott.ssa " +
    "avv ing ee.uu eeuu tzw art pág p.ex av"
  ).split(" "),
);

// Initialisms like "U.S." can end a sentence; they only join the next segment when it does not
// start the way sentences usually start.
const INITIALISM = new Set(["u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c"]);
const SENTENCE_STARTERS =
  /^(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|I|In|On|At|But|And|However|Meanwhile|Yet|So|As|After|Before|When|While|If|Since|Although|There|Here|What|Why|How|Who|Many|Some|Most|Other|Others|For|According)\b/;

let segmenter: Intl.Segmenter | undefined;

// The word before a segment's final period ("Aug" in "… on Aug. "), lowercase. Walks back from
// the end instead of running an end-anchored regex over the whole segment.
function lastToken(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (text[end - 1] !== ".") return "";
  let start = end - 1;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] as string)) start--;
  return text
    .slice(start, end - 1)
    .toLowerCase()
    .replace(/^\.+/, "");
}

/** Splits `text` into sentences with offsets into it (plus `offset`). */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  const raw: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(text)) {
    raw.push({ start: s.index, end: s.index + s.segment.length });
  }
  const merged: { start: number; end: number }[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    const segText = text.slice(seg.start, seg.end).trim();
    if (prev) {
      const prevText = text.slice(prev.start, prev.end);
      const token = lastToken(prevText);
      const abbreviation =
        ABBREVIATIONS.has(token) && (!INITIALISM.has(token) || !SENTENCE_STARTERS.test(segText));
      const bareLink = /^(?:https?:\/\/|pic\.twitter\.com\/|t\.co\/)\S+$/.test(segText);
      const noWords = !/\p{L}{2,}/u.test(segText);
      if (abbreviation || bareLink || noWords) {
        prev.end = seg.end;
        continue;
      }
    }
    merged.push({ ...seg });
  }
  const out: SentenceSpan[] = [];
  for (const m of merged) {
    let { start, end } = m;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start)
      out.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
  }
  return out;
}
