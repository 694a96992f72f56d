import type { Role } from "@factline/domain";
import { DEMO_REVIEWER_ID, demoId } from "./demo-ids";
import { createUserStatements, type SqlStatement } from "./user-sql";

/**
 * The password of every demo account. Local development only: the seed refuses remote
 * databases, and production accounts come from `scripts/create-user.ts`, never from here.
 */
export const DEMO_PASSWORD = "factline-demo-password";

/** One demo account per role. */
export const DEMO_USERS: readonly {
  id: `usr_${string}`;
  email: string;
  name: string;
  role: Role;
}[] = [
  { id: demoId("usr", 1), email: "admin@factline.local", name: "Ada Admin", role: "admin" },
  // The seeded verdicts credit this reviewer, so the demo record names a real account.
  {
    id: DEMO_REVIEWER_ID,
    email: "reviewer@factline.local",
    name: "Rae Reviewer",
    role: "reviewer",
  },
  { id: demoId("usr", 3), email: "editor@factline.local", name: "Eli Editor", role: "editor" },
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
