// What boilerplate, byline and dateline detection need to know about a language. Every field is
// data: a new language is a new file, not new code.

/** Words and phrase shapes of one language. Phrases are matched case-insensitively, on words. */
export type LanguageData = {
  /** ISO 639-1. */
  code: string;
  /** Function words, for jusText's stopword density. */
  stopwords: string;
  /** Calls to action that open a block: subscribe, sign up, follow, share, download, support. */
  cta: string[];
  /** Lines that lead to other articles: read more, read also, related, see also. */
  related: string[];
  /** Advert markers: advertisement, sponsored. */
  advert: string[];
  /** A byline's opening word ("By", "Por"). */
  byline: string[];
  /** Words of a dateline ("Published", "Updated", "at"), around the date itself. */
  dateline: string[];
  /** Month names and their abbreviations. */
  months: string[];
  /** Weekday names and their abbreviations. */
  weekdays: string[];
  /** "read" / "reading" in a reading-time badge ("5 min read", "Lesezeit"). */
  readingTime: string[];
  /** Photo-credit words ("Photo", "Credit"). */
  credit: string[];
  /** Paywall and login prompts ("to continue reading", "already a subscriber?"). */
  paywall: string[];
  /** Cookie and consent banners' words (with "cookie" itself, which is the same everywhere). */
  consent: string[];
  /** Page furniture opening a block: a live page's closing lines ("this live blog has ended"),
   * "back to top", "welcome to the pages of". */
  closing: string[];
  /** Page controls that are a whole block, alone or in a row ("Share", "Facebook WhatsApp
   * E-mail", "Play", "Menu", "All rights reserved"). */
  controls: string[];
  /** Tag-list labels ("Tags:", "Topics:"). */
  tags: string[];
};
