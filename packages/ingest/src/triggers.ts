// Event triggers: words that name something happening, mapped to the event vocabulary. Claims
// use them as "has a predicate", clusters as the shared predicate, events for the kind.
import type { EventKind } from "@factline/domain";

/** A trigger rule. `standalone` triggers may take a date from their context. */
export type Trigger = {
  predicate: string;
  kind: EventKind;
  pattern: RegExp;
  standalone: boolean;
};

export const TRIGGERS: Trigger[] = [
  {
    predicate: "recognize",
    kind: "diplomacy.recognition",
    standalone: true,
    pattern: /\b(?:recogni[sz](?:e|es|ed|ing)|recognition)\b/gi,
  },
  {
    predicate: "take_power",
    kind: "politics.takeover",
    standalone: true,
    pattern:
      /\b(?:takeover|took over|take over|takes over|seiz(?:e|ed|es|ing) power|seizure of power|c[oa]me to power|comes to power|return(?:ed|s)? to power|taking power|took power|coup(?: d'état)?)\b/gi,
  },
  {
    predicate: "withdraw",
    kind: "conflict.withdrawal",
    standalone: true,
    pattern: /\b(?:withdr(?:ew|awn|awal|aws|awing|aw)|pull(?:ed|s)? out|pullout)\b/gi,
  },
  {
    predicate: "invade",
    kind: "conflict.invasion",
    standalone: true,
    pattern: /\b(?:invasion|invad(?:e|ed|es|ing))\b/gi,
  },
  {
    predicate: "attack",
    kind: "conflict.attack",
    standalone: true,
    pattern: /\b(?:attack(?:s|ed)?|bomb(?:ing|ings|ed)|air ?strikes?|shelling|massacre)\b/gi,
  },
  {
    predicate: "ceasefire",
    kind: "conflict.ceasefire",
    standalone: true,
    pattern: /\b(?:ceasefire|cease-fire|truce|armistice)\b/gi,
  },
  {
    predicate: "agree",
    kind: "diplomacy.agreement",
    standalone: true,
    pattern:
      /\b(?:sign(?:ed|s|ing)? (?:an? |the )?(?:\w+ )?(?:agreement|deal|treaty|accord)|agreement|treaty|accord)\b/gi,
  },
  {
    predicate: "sanction",
    kind: "diplomacy.sanction",
    standalone: true,
    pattern: /\b(?:sanction(?:s|ed)?|embargo)\b/gi,
  },
  {
    predicate: "meet",
    kind: "diplomacy.meeting",
    standalone: true,
    pattern: /\b(?:met with|meeting|summit|held talks)\b/gi,
  },
  {
    predicate: "elect",
    kind: "politics.election",
    standalone: true,
    pattern: /\b(?:elect(?:ed|ion|ions)|referendum|re-elected)\b/gi,
  },
  {
    predicate: "appoint",
    kind: "politics.appointment",
    standalone: true,
    pattern: /\b(?:appoint(?:ed|s|ment)|sworn in|named (?:as )?(?:the )?new)\b/gi,
  },
  {
    predicate: "legislate",
    kind: "politics.legislation",
    standalone: true,
    pattern:
      /\b(?:passed (?:a|the) (?:law|bill)|signed into law|legislation|parliament (?:approved|passed))\b/gi,
  },
  {
    predicate: "protest",
    kind: "politics.protest",
    standalone: true,
    pattern: /\b(?:protest(?:s|ed|ers)?|demonstrations?|rall(?:y|ies))\b/gi,
  },
  {
    predicate: "aid",
    kind: "economy.aid",
    standalone: false,
    pattern: /\b(?:humanitarian aid|aid package|pledged|donated)\b/gi,
  },
  {
    predicate: "trade",
    kind: "economy.trade",
    standalone: false,
    pattern: /\b(?:trade deal|tariffs?|export ban)\b/gi,
  },
  {
    predicate: "disaster",
    kind: "disaster.natural",
    standalone: true,
    pattern: /\b(?:earthquake|floods?|flooding|hurricane|cyclone|typhoon|wildfires?|tsunami)\b/gi,
  },
  {
    predicate: "rights_abuse",
    kind: "society.human_rights",
    standalone: false,
    pattern: /\bhuman rights (?:abuses|violations)\b/gi,
  },
  {
    predicate: "statement",
    kind: "diplomacy.statement",
    standalone: false,
    pattern: /\b(?:announce(?:d|s|ment)|declared|statement)\b/gi,
  },
];

/** A trigger found in a text, with offsets relative to it. */
export type TriggerHit = { trigger: Trigger; text: string; start: number; end: number };

// Claims, the main event and other events all ask for the same sentences' triggers.
const cache = new Map<string, TriggerHit[]>();

/** Every trigger in `text`, in order. */
export function findTriggers(text: string): TriggerHit[] {
  const cached = cache.get(text);
  if (cached) return cached;
  if (cache.size > 10_000) cache.clear();
  const out = scanTriggers(text);
  cache.set(text, out);
  return out;
}

function scanTriggers(text: string): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const trigger of TRIGGERS) {
    for (const m of text.matchAll(trigger.pattern)) {
      out.push({ trigger, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Reporting verbs: the sentence attributes a statement to someone. */
export const REPORTING =
  /\b(?:said|says|announced|confirmed|stated|declared|reported|told|denied|claimed|according to|announcement|recogni[sz]ed|recognizes)\b/i;

/**
 * Verbs of things that happen or are done, in headline (present) and report (past) form: a
 * sentence built on one states something checkable even when it names no event kind.
 */
export const ACTION =
  /\b(?:kill(?:s|ed)?|die[sd]|dead|injur(?:es|ed)|wound(?:s|ed)|arrest(?:s|ed)|detain(?:s|ed)|launch(?:es|ed)|fire[sd]|hit(?:s)?|struck|strikes|deploy(?:s|ed)|evacuat(?:es|ed)|displac(?:es|ed)|name[sd]|resign(?:s|ed)|win(?:s)?|won|los(?:es|t)|rose|rises|fell|falls|cut(?:s)?|rais(?:es|ed)|shr(?:ank|inks)|gr(?:ew|ows)|approv(?:es|ed)|reject(?:s|ed)|pass(?:es|ed)|releas(?:es|ed)|ban(?:s|ned)|clos(?:es|ed)|open(?:s|ed)|built|destroy(?:s|ed)|damag(?:es|ed)|serv(?:es|ed)|adopt(?:s|ed)|impos(?:es|ed)|condemn(?:s|ed)|record(?:s|ed)|register(?:s|ed)|vot(?:es|ed)|spen[dt]|paid|earn(?:s|ed)|report(?:s|ed))\b/i;
