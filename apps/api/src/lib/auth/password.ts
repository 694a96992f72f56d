/**
 * Password hashing with PBKDF2-SHA256 through WebCrypto, so the same code runs in the Worker and
 * in Node (seed and account scripts).
 */

/** workerd refuses PBKDF2 above 100,000 iterations, so the cap is also our cost. */
export const PASSWORD_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** What a users row stores for a password; `iterations` is per user so the cost can change. */
export type PasswordHash = { hash: string; salt: string; iterations: number };

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(password),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(
  password: string,
  iterations: number = PASSWORD_ITERATIONS,
): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return { hash: toBase64(hash), salt: toBase64(salt), iterations };
}

/**
 * Equal-length byte comparison that takes the same time wherever the first difference is.
 * workerd has `crypto.subtle.timingSafeEqual`; Node's WebCrypto does not, hence the loop.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  const subtle = crypto.subtle as SubtleCrypto & {
    timingSafeEqual?: (x: ArrayBufferView, y: ArrayBufferView) => boolean;
  };
  if (typeof subtle.timingSafeEqual === "function") return subtle.timingSafeEqual(a, b);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** True when `password` matches the stored hash. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations);
  return constantTimeEqual(actual, expected);
}

/**
 * A hash no password matches (random bytes, not derived from any password), verified when the
 * email is unknown so a login for a missing account costs the same PBKDF2 run as one for a real
 * account. A constant, because computing it on first use would make that one request slower.
 */
export const DUMMY_PASSWORD_HASH: PasswordHash = {
  hash: "BznAmoWbsccd8oUGp3j8hRKqvF4L/OO3QFjzZCpXhhU=",
  salt: "dgDGr2uoWBLaFIZpW4j9mg==",
  iterations: PASSWORD_ITERATIONS,
};
