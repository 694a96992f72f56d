// Splits a source's text at every highlight boundary, so overlapping evidence spans become
// runs of text each covered by a known set of claims (a run can sit in only one link).

/** A claim's passage in the text: [start, end) in UTF-16 units, as evidence stores it. */
export type Span = { claimId: string; start: number; end: number };

/** A run of text and the claims whose passages cover all of it (none for plain text). */
export type Segment = { start: number; end: number; text: string; claimIds: string[] };

/** Spans outside the text or empty are dropped: the reader shows them in the claim list only. */
export function validSpans(text: string, spans: Span[]): Span[] {
  return spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length);
}

export function segmentText(text: string, spans: Span[]): Segment[] {
  const valid = validSpans(text, spans);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    // Shortest passage first: the most specific claim is the one a click opens.
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      claimIds: [...new Set(covering.map((s) => s.claimId))],
    });
  }
  return out;
}
