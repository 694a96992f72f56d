// What an article's address says about it: the publisher's host, a date in the path
// (/2025/07/04/, /2025-07-04/, /20250704/, -04-07-2025, /2025/07/), and a canonical form without tracking
// parameters or a fragment. `pnpm ingest --url` and the API's fetched URLs both go through it.
import type { PartialDate } from "@factline/domain";
import { articleDay } from "./dates";

export type UrlEvidence = {
  /** The address without tracking parameters or fragment, or null when it does not parse. */
  canonical: string | null;
  /** The host without `www.`/`m.`/`amp.`, e.g. `elpais.com`. */
  host: string | null;
  /** A date the path states, to the precision it states it. */
  date: PartialDate | null;
};

const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|mc_[ce]id|ocid|cmpid|ref|ref_src|src|s|smid|at_\w+|__twitter_impression)$/i;

function pathDate(path: string): PartialDate | null {
  const valid = (y: number, m: number, d?: number) =>
    y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = /(?:^|\/|[-_])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=$|[/_.-])/.exec(path);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (valid(y, m, d)) return articleDay(`${y}-${pad(m)}-${pad(d)}`);
  }
  const compact = /(?:^|\/|[-_])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (compact) {
    const [y, m, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
    if (valid(y, m, d)) return articleDay(`${y}-${pad(m)}-${pad(d)}`);
  }
  // Day first, as Latin-American and Italian sites write it in a slug: "-14-08-2025.html",
  // "_29_11_2022-7083323". Month first when the second figure cannot be a month; neither when
  // both could (03-04-2025 is ambiguous).
  const dmy = /(?:^|\/|[-_])(\d{1,2})[-_](\d{1,2})[-_]((?:19|20)\d{2})(?=$|[/_.-])/.exec(path);
  if (dmy) {
    const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const [d, m] = a > 12 ? [a, b] : b > 12 ? [b, a] : a === b ? [a, b] : [0, 0];
    if (valid(y, m, d)) return articleDay(`${y}-${pad(m)}-${pad(d)}`);
  }
  const month = /\/((?:19|20)\d{2})\/(\d{1,2})\//.exec(path);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (valid(y, m)) return articleDay(`${y}-${pad(m)}`);
  }
  return null;
}

/** Reads the evidence in an article's URL; never throws. */
export function urlEvidence(url: string | null | undefined): UrlEvidence {
  if (!url) return { canonical: null, host: null, date: null };
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return { canonical: null, host: null, date: null };
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    return { canonical: null, host: null, date: null };
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.hash = "";
  const host = u.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "");
  return { canonical: u.toString(), host, date: pathDate(decodeURIComponent(u.pathname)) };
}
