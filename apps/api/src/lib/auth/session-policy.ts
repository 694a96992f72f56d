/**
 * How long sessions live. A session ends after 12 hours without a request (sliding) and at the
 * latest 7 days after login (absolute), whichever comes first.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Sliding expiry is written back at most this often, so reads do not each cost a D1 write. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/** The expiry a session gets when it is used at `now`. */
export function slidingExpiry(createdAt: string, now: Date): string {
  const absolute = new Date(createdAt).getTime() + SESSION_ABSOLUTE_MS;
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, absolute)).toISOString();
}
