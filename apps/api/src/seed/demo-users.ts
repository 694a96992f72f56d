import type { Role } from "@factline/domain";
import { createUserStatements, type SqlStatement } from "./user-sql";

/**
 * The password of every demo account. Local development only: the seed refuses remote
 * databases, and production accounts come from `scripts/create-user.ts`, never from here.
 */
export const DEMO_PASSWORD = "factline-demo-password";

/** One demo account per role. */
export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@factline.local", name: "Ada Admin", role: "admin" },
  { email: "reviewer@factline.local", name: "Rae Reviewer", role: "reviewer" },
  { email: "editor@factline.local", name: "Eli Editor", role: "editor" },
];

/**
 * SQL statements inserting the demo accounts unless their emails exist already (safe to
 * re-run). `scripts/seed.ts` appends them to the demo record's seed.
 */
export async function demoUserStatements(now: Date = new Date()): Promise<SqlStatement[]> {
  const parts = await Promise.all(
    DEMO_USERS.map((u) =>
      createUserStatements({ ...u, password: DEMO_PASSWORD, ifAbsent: true, now }),
    ),
  );
  return parts.flat();
}
