// Polish modality cues: the conditional ("-łby", "gdyby"), reported and unconfirmed information.
// Only families that fire on two dev pages are kept (the future "będzie" and "powinien" had one). Corpus pages that use each family:
// test/modality-lang.test.ts.
import { type Cue, cue } from "./cues-types";

const edge = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");

export const PL_CUES: Cue[] = [
  cue(
    "hedged",
    "strong",
    "hedge:podobno",
    edge(
      "podobno|rzekomo|prawdopodobnie|możliwe|możliwość|możliwości|ewentualn[a-ząęłńóśźż]*|nieoficjalnie|według (?:mediów|doniesień|nieoficjalnych informacji)|[\\p{L}]+łby|[\\p{L}]+łaby|[\\p{L}]+łoby|[\\p{L}]+liby|gdyby|chciałby|chciałaby",
    ),
  ),
];
