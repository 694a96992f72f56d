import { z } from "zod";

/** Every record kind with its id prefix. Prefixes make an id's kind visible in logs and URLs. */
export const ID_PREFIXES = {
  event: "evt",
  source: "src",
  claim: "clm",
  actor: "act",
  user: "usr",
  revision: "rev",
  evidence: "evd",
  review: "rvw",
  ingest: "ing",
  session: "ses",
  feed: "fed",
  feedItem: "fdi",
  webhookEndpoint: "whk",
  webhookDelivery: "msg",
} as const;

/** A record kind that has ids (`event`, `claim`, …). */
export type IdKind = keyof typeof ID_PREFIXES;
/** An id prefix (`evt`, `clm`, …). */
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

/** Every id prefix, in `ID_PREFIXES` order. */
export const ALL_ID_PREFIXES = Object.values(ID_PREFIXES) as IdPrefix[];

// Crockford base32: URL-safe, no ambiguous letters, and its ASCII order equals its numeric
// order, so ids sort by creation time as plain strings (the same idea as ULID).
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_CHARS = 10; // 50 bits of milliseconds: good until the year 37648
const RANDOM_CHARS = 16; // 80 bits of randomness
/** The largest millisecond timestamp an id can hold (2^50 - 1). */
export const MAX_ID_TIME = 2 ** (5 * TIME_CHARS) - 1;

const ID_BODY = `[${ALPHABET}]{${TIME_CHARS + RANDOM_CHARS}}`;
const ID_PATTERN = new RegExp(`^(${ALL_ID_PREFIXES.join("|")})_${ID_BODY}$`);

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
  // A fractional or out-of-range time would index past the alphabet and yield "undefined" chars.
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_ID_TIME) {
    throw new RangeError(`id time must be an integer from 0 to ${MAX_ID_TIME}, got ${ms}`);
  }
  let out = "";
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

// WebCrypto is global in Workers, browsers and Node ≥ 19; declared here so the domain package
// needs no DOM or Node type library.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

function randomDigits(): number[] {
  const bytes = new Uint8Array(RANDOM_CHARS);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b % 32);
}

/**
 * Adds one to base32 digits; ids made in the same millisecond stay in creation order. Returns
 * null when every digit is already 31 (the caller then moves to the next millisecond, since
 * fresh random digits could sort before the last id).
 */
function increment(digits: number[]): number[] | null {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const d = next[i] ?? 0;
    if (d < 31) {
      next[i] = d + 1;
      return next;
    }
    next[i] = 0;
  }
  return null;
}

/**
 * A new prefixed, time-sortable, URL-safe id such as `evt_01JZ3K…`.
 * Ids made later sort after ids made earlier, also within one millisecond. `now` (ms since the
 * epoch) is for tests and imports that need a given time; `idTime` gives it back.
 */
export function newId<P extends IdPrefix>(prefix: P, now: number = Date.now()): `${P}_${string}` {
  let time = now;
  const bumped = time === lastTime ? increment(lastRandom) : null;
  if (bumped) {
    lastRandom = bumped;
  } else {
    // The 80-bit counter overflowed within one millisecond: borrow the next millisecond.
    if (time === lastTime) time += 1;
    lastRandom = randomDigits();
  }
  const encoded = encodeTime(time);
  lastTime = time;
  const random = lastRandom.map((d) => ALPHABET[d]).join("");
  return `${prefix}_${encoded}${random}`;
}

/** True when `value` is a well-formed id of any kind. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The millisecond timestamp an id was made at; `NaN` when `id` is not a Factline id. */
export function idTime(id: string): number {
  if (!isId(id)) return Number.NaN;
  const body = id.slice(id.indexOf("_") + 1, id.indexOf("_") + 1 + TIME_CHARS);
  let ms = 0;
  for (const ch of body) ms = ms * 32 + ALPHABET.indexOf(ch);
  return ms;
}

/** The result of `parseId`: the typed id, or why the value is not one. */
export type ParseIdResult<P extends IdPrefix> =
  | { ok: true; id: `${P}_${string}` }
  | { ok: false; message: string };

/** Checks that `value` is an id with the expected prefix; the wrong prefix is an error. */
export function parseId<P extends IdPrefix>(prefix: P, value: string): ParseIdResult<P> {
  if (!isId(value)) {
    // Quote at most a short prefix: the value comes from a request and may be huge.
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { ok: false, message: `"${shown}" is not a Factline id` };
  }
  if (!value.startsWith(`${prefix}_`)) {
    const got = value.slice(0, value.indexOf("_"));
    return { ok: false, message: `expected an id starting with "${prefix}_", got "${got}_…"` };
  }
  return { ok: true, id: value as `${P}_${string}` };
}

/** A zod schema for ids of one kind. */
export function idSchema<P extends IdPrefix>(prefix: P) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_${ID_BODY}$`), {
      message: `must be an id starting with "${prefix}_"`,
    })
    .meta({
      description: `A Factline id with the "${prefix}_" prefix`,
      example: `${prefix}_01K6Z8Q0F8W3M5N7P9R1S3T5V7`,
    });
}

/** An event id (`evt_…`). */
export const EventId = idSchema("evt");
/** A source id (`src_…`). */
export const SourceId = idSchema("src");
/** A claim id (`clm_…`). */
export const ClaimId = idSchema("clm");
/** An actor id (`act_…`). */
export const ActorId = idSchema("act");
/** A user id (`usr_…`). */
export const UserId = idSchema("usr");
/** A revision id (`rev_…`). */
export const RevisionId = idSchema("rev");
/** An evidence link id (`evd_…`). */
export const EvidenceId = idSchema("evd");
/** A review (verdict) id (`rvw_…`). */
export const ReviewId = idSchema("rvw");
/** An ingest run id (`ing_…`). */
export const IngestId = idSchema("ing");
/** A login session id (`ses_…`). */
export const SessionId = idSchema("ses");
/** A watched publisher feed id (`fed_…`). */
export const FeedId = idSchema("fed");
/** An item a watched feed listed (`fdi_…`). */
export const FeedItemId = idSchema("fdi");
/** A webhook endpoint id (`whk_…`). */
export const WebhookEndpointId = idSchema("whk");
/** A webhook delivery id (`msg_…`), sent as the `webhook-id` header. */
export const WebhookDeliveryId = idSchema("msg");
