// How much one ingest may take, for an editor's paste or fetch and for a watched feed's item
// alike: the limits are the product's (a draft row must fit in D1), not one route's.
// D1 refuses rows over 2,000,000 bytes, and a draft row holds the input and its IngestResult,
// which runs to about eight times the article's text (sentences, offsets, candidates). So text
// is capped well below the ingest package's own 2,000,000 characters, and the handler checks
// the row's real size before storing it.
/** Longest pasted text ingested, in characters (about 40 long news articles). */
export const MAX_TEXT_CHARS = 200_000;
/** Longest pasted or fetched HTML ingested, in characters (pages carry markup around the text). */
export const MAX_HTML_CHARS = 1_500_000;
/** Most bytes a stored draft (input + result JSON) may take: under D1's row limit. */
export const MAX_STORED_BYTES = 1_900_000;
