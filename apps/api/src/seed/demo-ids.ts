import type { IdPrefix } from "@factline/domain";

/**
 * Fixed ids for the demo records, so a second seed run finds the record already there and
 * tests and docs can name them. Valid Factline ids: prefix, 10 time characters, 16 more.
 */
export function demoId<P extends IdPrefix>(prefix: P, n: number): `${P}_${string}` {
  return `${prefix}_01JZ0DEM00${String(n).padStart(16, "0")}`;
}

/** The demo reviewer credited on seeded verdicts; the demo users seed may create this user. */
export const DEMO_REVIEWER_ID = demoId("usr", 2);

export const DEMO_IDS = {
  actors: {
    russia: demoId("act", 1),
    taliban: demoId("act", 2),
    afghanistan: demoId("act", 3),
    unitedStates: demoId("act", 4),
    nato: demoId("act", 5),
    china: demoId("act", 6),
    iran: demoId("act", 7),
    pakistan: demoId("act", 8),
    isis: demoId("act", 9),
    alQaeda: demoId("act", 10),
  },
  sources: {
    article: demoId("src", 1),
    post: demoId("src", 2),
    ministry: demoId("src", 3),
  },
  events: {
    recognition: demoId("evt", 1),
    takeover2021: demoId("evt", 2),
    rule1990s: demoId("evt", 3),
    invasion2001: demoId("evt", 4),
  },
  claims: {
    recognized: demoId("clm", 1),
    announcedJuly4: demoId("clm", 2),
    postDate: demoId("clm", 3),
    ministryDate: demoId("clm", 4),
    implications: demoId("clm", 5),
    paveTheWay: demoId("clm", 6),
    takeover: demoId("clm", 7),
    firstRule: demoId("clm", 8),
    invasion: demoId("clm", 9),
    isisMotive: demoId("clm", 10),
  },
} as const;

/** The demo event's slug. */
export const DEMO_EVENT_SLUG = "russia-recognizes-taliban-government";
