// Past-tense verb forms per language, by morphology: the simple past's endings and the perfect's
// auxiliary with a participle. A reported event is told in the past ("a annoncé", "lanzó",
// "voltou", "wurde gewählt"); a description, a stance or a plan is told in the present or the
// future. ClaimBuster found the past-tense tag among the strongest signs of a check-worthy
// sentence; these patterns stand in for a part-of-speech tagger the Worker cannot carry.
// Each is tested on the lower-cased sentence. A letter is spelled out as the Latin ranges, not
// \p{L}, because a non-Unicode regex runs several times faster in V8 (as in cues-types.ts).

const L = "[a-z\\u00C0-\\u024F]";
const W = `(?<!${L})`;
const E = `(?!${L})`;

/** Past-tense shapes, one pattern a language (ISO 639-1). */
export const PAST_TENSE: Record<string, RegExp> = {
  en: new RegExp(
    `${W}(?:${L}{3,}ed|was|were|had|said|told|took|made|met|won|lost|left|came|went|gave|began|fell|rose|shot|sent|held|brought|spent|paid|led|found|saw|knew|became|wrote|spoke|struck|fled|sought|fought|chose|drew|grew|threw|ran|sat|stood)${E}`,
  ),
  de: new RegExp(
    `${W}(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)${E}[^.;]*${W}ge${L}+(?:t|en)${E}|${W}${L}{2,}(?:te|ten)${E}|${W}(?:war|waren|wurde|wurden|hatte|hatten)${E}`,
  ),
  fr: new RegExp(
    `${W}(?:a|ont|avait|avaient|est|sont|été)\\s+(?:${L}+\\s+)?${L}+(?:é|ée|és|ées|i|is|it|u|us|ue|ert|aint)${E}|${W}${L}{2,}èrent${E}`,
  ),
  es: new RegExp(
    `${W}${L}{2,}(?:ó|aron|ieron|ió)${E}|${W}(?:ha|han|había|habían|fue|fueron)${E}(?:\\s+${L}+(?:ado|ido|ada|ida|ados|idos|adas|idas)${E})?`,
  ),
  pt: new RegExp(`${W}${L}{2,}(?:ou|aram|eram|iram|eu|iu)${E}|${W}(?:foi|foram|tinha|tinham)${E}`),
  it: new RegExp(
    `${W}(?:ha|hanno|è|sono|era|erano|aveva|avevano)\\s+(?:${L}+\\s+)?${L}+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)${E}|${W}${L}{2,}(?:ò|arono|erono|irono)${E}`,
  ),
};

/** True when the sentence tells something in the past tense (unknown languages: any pattern). */
export function inPastTense(text: string, lang: string | null | undefined): boolean {
  const lower = text.toLowerCase();
  const own = lang ? PAST_TENSE[lang] : undefined;
  if (own) return own.test(lower);
  if (lang && lang !== "und") return false;
  return Object.values(PAST_TENSE).some((re) => re.test(lower));
}
