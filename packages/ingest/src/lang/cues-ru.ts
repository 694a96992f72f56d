// Russian modality cues: the future ("будет", "состоится", "планируется", "продолжит"). Only
// families that fire rightly on two dev pages are kept ("может", "должен", "по данным СМИ" had
// one).
// `words()` edges are Latin letters only, so these patterns carry their own Cyrillic edges.
// Corpus pages that use each family: test/modality-lang.test.ts.
import { type Cue, cue } from "./cues-types";

const edge = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");

export const RU_CUES: Cue[] = [
  cue(
    "prediction",
    "strong",
    "prediction:будет",
    edge(
      "будет|будут|буду|будем|состоится|состоятся|планируется|планирует|планируют|запланирован[аоы]?|ожидается|ожидаются|намерен[аы]?|собирается|собираются|предстоит|продолжит|продолжат",
    ),
  ),
];
