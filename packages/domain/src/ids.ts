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
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

// Crockford base32: URL-safe, no ambiguous letters, and its ASCII order equals its numeric
// order, so ids sort by creation time as plain strings (the same idea as ULID).
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_CHARS = 10; // 50 bits of milliseconds: good until the year 37648
const RANDOM_CHARS = 16; // 80 bits of randomness

const ID_BODY = `[${ALPHABET}]{${TIME_CHARS + RANDOM_CHARS}}`;
const ID_PATTERN = new RegExp(`^(evt|src|clm|act|usr|rev|evd|rvw|ing|ses)_${ID_BODY}$`);

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
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

/** Increments base32 digits in place; ids made in the same millisecond stay in creation order. */
function increment(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const d = next[i] ?? 0;
    if (d < 31) {
      next[i] = d + 1;
      return next;
    }
    next[i] = 0;
  }
  return randomDigits();
}

/**
 * A new prefixed, time-sortable, URL-safe id such as `evt_01JZ3K…`.
 * Ids made later sort after ids made earlier, also within one millisecond.
 */
export function newId<P extends IdPrefix>(prefix: P, now: number = Date.now()): `${P}_${string}` {
  if (now === lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = randomDigits();
  }
  const random = lastRandom.map((d) => ALPHABET[d]).join("");
  return `${prefix}_${encodeTime(now)}${random}`;
}

/** True when `value` is a well-formed id of any kind. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The millisecond timestamp an id was made at. */
export function idTime(id: string): number {
  const body = id.slice(id.indexOf("_") + 1, id.indexOf("_") + 1 + TIME_CHARS);
  let ms = 0;
  for (const ch of body) ms = ms * 32 + ALPHABET.indexOf(ch);
  return ms;
}

export type ParseIdResult<P extends IdPrefix> =
  | { ok: true; id: `${P}_${string}` }
  | { ok: false; message: string };

/** Checks that `value` is an id with the expected prefix; the wrong prefix is an error. */
export function parseId<P extends IdPrefix>(prefix: P, value: string): ParseIdResult<P> {
  if (!isId(value)) return { ok: false, message: `"${value}" is not a Factline id` };
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

export const EventId = idSchema("evt");
export const SourceId = idSchema("src");
export const ClaimId = idSchema("clm");
export const ActorId = idSchema("act");
export const UserId = idSchema("usr");
export const RevisionId = idSchema("rev");
export const EvidenceId = idSchema("evd");
export const ReviewId = idSchema("rvw");
export const IngestId = idSchema("ing");
