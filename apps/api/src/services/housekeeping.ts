import type { Database } from "../db/client";
import { purgeExpiredIdempotencyKeys } from "../db/queries/idempotency";
import { purgeEndedSessions } from "../db/queries/sessions";

/** What one housekeeping run removed. */
export type HousekeepingResult = { idempotencyKeys: number; sessions: number };

/**
 * The Cron Trigger's work: forgets Idempotency-Keys past their 24 hours and sessions that ended
 * over 30 days ago. Requests only clean up after their own user, so without this, rows of users
 * who never return would pile up forever. Each purge is one statement; a run that fails is
 * simply repeated by the next trigger.
 */
export async function runHousekeeping(db: Database, now: Date): Promise<HousekeepingResult> {
  const idempotencyKeys = await purgeExpiredIdempotencyKeys(db, now);
  const sessions = await purgeEndedSessions(db, now);
  return { idempotencyKeys, sessions };
}
