/**
 * Writes the demo record and the demo accounts through the services' own statement builders, so
 * the seeded rows (revisions, change feed, links, verdicts) are exactly what the product writes
 * when an editor creates the same records. Used by `pnpm db:seed` and by the tests.
 */
import type { Role } from "@factline/domain";
import type { Database } from "../db/client";
import { loadEvent } from "../db/queries/load";
import { createUser, emailTaken } from "../db/queries/users";
import type { WriteContext } from "../db/queries/write-context";
import { hashPassword } from "../lib/auth/password";
import { actorWriteStatements } from "../services/actors";
import { runWrite, type Statements } from "../services/batch";
import { claimWriteStatements, normalizeClaim } from "../services/claims";
import { eventWriteStatements, normalizeEvent } from "../services/events";
import { sourceWriteStatements } from "../services/sources";
import type { DemoSeed } from "./build-demo-seed";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

/** The seed is written by nobody in particular, at the time each record says it was last changed. */
const at = (now: string): WriteContext => ({ user: null, now });
/** The note on every seeded revision, so a record's history says where it came from. */
const NOTE = "Demo seed";

/**
 * Every statement that creates the demo record, in an order that satisfies every reference:
 * actors, sources, events, then claims (which cite sources and events).
 */
export function demoSeedStatements(db: Database, seed: DemoSeed): Statements {
  return [
    ...seed.actors.flatMap((a) =>
      actorWriteStatements(db, at(a.updatedAt), null, { ...a, status: "active" }, "create", {
        note: NOTE,
      }),
    ),
    ...seed.sources.flatMap((s) =>
      sourceWriteStatements(db, at(s.updatedAt), null, s, "create", { note: NOTE }),
    ),
    ...seed.events.flatMap((e) =>
      eventWriteStatements(db, at(e.updatedAt), null, normalizeEvent(e), "create", {
        createdBy: null,
        note: NOTE,
      }),
    ),
    ...seed.claims.flatMap((c) =>
      claimWriteStatements(db, at(c.updatedAt), null, normalizeClaim(c), "create", { note: NOTE }),
    ),
  ];
}

/**
 * Writes the demo record in one batch unless it is there already (its ids are fixed), so a second
 * run leaves the database, including any edits made since, untouched. Returns whether it wrote.
 */
export async function writeDemoSeed(db: Database, seed: DemoSeed): Promise<boolean> {
  const first = seed.events[0];
  if (!first) return false;
  if (await loadEvent(db, first.id)) return false;
  await runWrite(db, demoSeedStatements(db, seed), async () => null);
  return true;
}

/**
 * Creates the demo accounts (one per role, password `DEMO_PASSWORD`) that do not exist yet, with
 * the same code an admin's "create user" runs. Local development only: the seed refuses remote
 * databases.
 */
export async function writeDemoUsers(db: Database, now: Date = new Date()): Promise<number> {
  let created = 0;
  for (const u of DEMO_USERS) {
    if (await emailTaken(db, u.email)) continue;
    await createUser(db, {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role satisfies Role,
      password: await hashPassword(DEMO_PASSWORD),
      actorId: null,
      now,
    });
    created++;
  }
  return created;
}
